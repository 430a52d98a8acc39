using System.Collections.Frozen;

namespace Briefings.Corpus;

/// <summary>
/// A word or phrase list of the corpus rules, shipped as an embedded resource (<c>Corpus/Lexicons/*.txt</c>):
/// one entry a line, <c>#</c> starts a comment, blank lines are skipped.
/// </summary>
public static class Lexicon
{
    public static IReadOnlyList<string> Entries(string name) => Common.EmbeddedLexicon.Entries($"Briefings.Corpus.Lexicons.{name}");

    /// <summary>The entries as a case-insensitive set.</summary>
    public static FrozenSet<string> Set(string name) => Entries(name).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
