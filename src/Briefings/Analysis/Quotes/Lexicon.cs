namespace Briefings.Analysis.Quotes;

/// <summary>
/// A word list shipped as an embedded resource (<c>Lexicons/NAME.txt</c>): one entry a line, <c>#</c>
/// starts a comment, blank lines are ignored, repeated entries are kept once.
/// </summary>
internal static class Lexicon
{
    public static IReadOnlyList<string> Entries(string name)
    {
        var resource = $"Briefings.Analysis.Quotes.Lexicons.{name}.txt";
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"The lexicon {resource} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var comment = line.IndexOf('#');
            var entry = (comment >= 0 ? line[..comment] : line).Trim();
            if (entry.Length > 0 && seen.Add(entry))
                entries.Add(entry);
        }
        return entries;
    }
}
