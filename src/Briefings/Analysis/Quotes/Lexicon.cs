namespace Briefings.Analysis.Quotes;

/// <summary>
/// A word list shipped as an embedded resource (<c>Lexicons/NAME.txt</c>): one entry a line, <c>#</c>
/// starts a comment, blank lines are ignored, repeated entries are kept once.
/// </summary>
internal static class Lexicon
{
    public static IReadOnlyList<string> Entries(string name) => Common.EmbeddedLexicon.Entries($"Briefings.Analysis.Quotes.Lexicons.{name}.txt");
}
