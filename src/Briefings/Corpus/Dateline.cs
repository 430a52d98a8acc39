namespace Briefings.Corpus;

/// <summary>
/// The dateline that opens a story: its place as written (<c>KANDAHAR, Afghanistan</c>, <c>Attock</c>), the
/// agency or outlet tag it carries (<c>AP</c>, <c>TASS</c>, <c>UrduPoint / Pakistan Point News - 20th Mar, 2025</c>)
/// if any, and the paragraph text after it.
/// </summary>
public sealed record Dateline(string Place, string? Tag, string Remainder);
