using System.Collections.Frozen;

namespace Briefings.Analysis.Quotes;

/// <summary>
/// The nouns a description of a speaker ends on: people (<c>Lexicons/speaker-nouns.txt</c>), each with the
/// role word it matches in a named person's role (<c>premier</c> → <c>prime minister</c>), and bodies or
/// documents (<c>Lexicons/speaker-bodies.txt</c>: <c>statement</c>, <c>report</c>, <c>group</c>).
/// </summary>
internal static class SpeakerNouns
{
    public static FrozenDictionary<string, string> People { get; } = Lexicon.Entries("speaker-nouns")
        .Select(entry => entry.Split('=', 2, StringSplitOptions.TrimEntries))
        .DistinctBy(parts => parts[0], StringComparer.Ordinal)
        .ToFrozenDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : parts[0], StringComparer.Ordinal);

    public static FrozenSet<string> Bodies { get; } = FrozenSet.ToFrozenSet(Lexicon.Entries("speaker-bodies"), StringComparer.Ordinal);

    public static IEnumerable<string> All => People.Keys.Concat(Bodies);
}
