using System.Collections.Frozen;

namespace Briefings.Corpus;

/// <summary>
/// A word or phrase list of the corpus rules, shipped as an embedded resource (<c>Corpus/Lexicons/*.txt</c>):
/// one entry a line, <c>#</c> starts a comment, blank lines are skipped.
/// </summary>
public static class Lexicon
{
    public static IReadOnlyList<string> Entries(string name)
    {
        var resource = $"Briefings.Corpus.Lexicons.{name}";
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the lexicon '{resource}' is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var entry = (hash >= 0 ? line[..hash] : line).TrimEnd();
            if (entry.Trim().Length > 0)
                entries.Add(entry.TrimStart());
        }
        return entries;
    }

    /// <summary>The entries as a case-insensitive set.</summary>
    public static FrozenSet<string> Set(string name) => Entries(name).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
