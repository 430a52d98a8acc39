namespace Briefings.Common;

/// <summary>
/// Word lists shipped inside the program as text files (the stages' <c>Lexicons/*.txt</c>): one entry a
/// line, <c>#</c> starts a comment, blank lines and repeated entries are skipped, entries keep their order.
/// </summary>
internal static class EmbeddedLexicon
{
    public static IReadOnlyList<string> Entries(string resource)
    {
        using var stream = typeof(EmbeddedLexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The lexicon {resource} is not embedded in the program.");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var comment = line.IndexOf('#', StringComparison.Ordinal);
            var entry = (comment >= 0 ? line[..comment] : line).Trim();
            if (entry.Length > 0 && seen.Add(entry))
                entries.Add(entry);
        }
        return entries;
    }
}
