namespace Briefings.Analysis.Quotes;

/// <summary>
/// A direct quotation and who said it. <see cref="Text"/> is the quotation without its marks;
/// <see cref="Speaker"/> is the canonical name where the gazetteer knows it; <see cref="Role"/> is the
/// speaker's role as the text gives it (or the gazetteer's); <see cref="Sentence"/> is the source
/// text it was found in.
/// </summary>
public sealed record Quote(string Text, string Speaker, string? Role, int Paragraph, string Sentence)
{
    public int Words => Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
