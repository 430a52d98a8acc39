using System.Globalization;

namespace Briefings.Typesetting.Documents;

/// <summary>How many pages the document has.</summary>
public sealed record TotalPages : TextPart
{
    public override string On(int page, int pageCount) => pageCount.ToString(CultureInfo.InvariantCulture);
}
