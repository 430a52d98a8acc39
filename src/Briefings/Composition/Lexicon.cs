using System.Collections.Frozen;

namespace Briefings.Composition;

/// <summary>
/// A word list of the composition stage, embedded in the program from <c>Composition/Lexicons/*.txt</c>:
/// one entry a line, blank lines and <c># comments</c> ignored. Read once per list.
/// </summary>
public static class Lexicon
{
    public static FrozenSet<string> Load(string name, StringComparer? comparer = null) =>
        Common.EmbeddedLexicon.Entries($"Briefings.Composition.Lexicons.{name}.txt").ToFrozenSet(comparer ?? StringComparer.Ordinal);
}
