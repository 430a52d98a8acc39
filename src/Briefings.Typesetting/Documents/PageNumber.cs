using System.Globalization;

namespace Briefings.Typesetting.Documents;

/// <summary>The number of the page it is drawn on, from 1.</summary>
public sealed record PageNumber : TextPart
{
    public override string On(int page, int pageCount) => page.ToString(CultureInfo.InvariantCulture);
}
