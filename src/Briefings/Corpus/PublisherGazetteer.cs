namespace Briefings.Corpus;

/// <summary>
/// The publishers the corpus rules know by name (<c>Lexicons/publishers.txt</c>): each with its canonical
/// name, its variants, and whether it is a wire agency.
/// </summary>
public static class PublisherGazetteer
{
    private sealed record Entry(string Canonical, bool IsAgency);

    private static readonly Dictionary<string, Entry> ByName = Load();

    /// <summary>Every name and variant, longest first, so "The Times of Israel" is tried before "The Times".</summary>
    private static readonly string[] Names = [.. ByName.Keys.OrderByDescending(name => name.Length).ThenBy(name => name, StringComparer.Ordinal)];

    /// <summary>The canonical name of a publisher written exactly as <paramref name="name"/>, else null.</summary>
    public static string? Canonical(string name) => ByName.TryGetValue(name.Trim(), out var entry) ? entry.Canonical : null;

    public static bool IsAgency(string canonical) => ByName.TryGetValue(canonical, out var entry) && entry.IsAgency;

    /// <summary>The canonical name of the publisher whose name opens <paramref name="text"/> as whole words, else null.</summary>
    public static string? AtStart(string text) => AtStart(text.AsSpan());

    /// <summary>The canonical name of the publisher whose name opens <paramref name="text"/>, and the length of that name as written.</summary>
    public static (string Canonical, int Length)? NameAtStart(ReadOnlySpan<char> text) =>
        NameOpening(text) is { } name ? (ByName[name].Canonical, name.Length) : null;

    private static string? AtStart(ReadOnlySpan<char> text) => NameOpening(text) is { } name ? ByName[name].Canonical : null;

    private static string? NameOpening(ReadOnlySpan<char> text)
    {
        foreach (var name in Names)
            if (text.StartsWith(name, StringComparison.Ordinal) && (text.Length == name.Length || !char.IsLetterOrDigit(text[name.Length])))
                return name;
        return null;
    }

    /// <summary>The first known publisher named anywhere in <paramref name="text"/> as whole words, else null.</summary>
    public static string? Within(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && char.IsUpper(text[i]) && AtStart(text.AsSpan(i)) is { } found)
                return found;
        return null;
    }

    private static Dictionary<string, Entry> Load()
    {
        var byName = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var line in Lexicon.Entries("publishers.txt"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var kind = line[..colon].Trim();
            var names = line[(colon + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var entry = new Entry(names[0], kind == "agency");
            foreach (var name in names)
                byName.TryAdd(name, entry);
        }
        return byName;
    }
}
