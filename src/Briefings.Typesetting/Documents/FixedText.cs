namespace Briefings.Typesetting.Documents;

/// <summary>The same text on every page.</summary>
public sealed record FixedText(string Text) : TextPart
{
    public override string On(int page, int pageCount) => Text;
}
