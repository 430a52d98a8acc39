namespace Briefings.Foundation.Text;

/// <summary>
/// The known word a mistyped one was probably meant to be, for the "(did you mean 'x'?)" every refusal
/// of an unknown name carries: a key, a section kind, an article id, a command-line option.
/// </summary>
public static class Suggestion
{
    /// <summary>
    /// The closest known word: one the typed word starts or ends (a truncated or extended id), else the
    /// nearest by edit distance within a third of its length (at least one edit).
    /// </summary>
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var candidates = known.Where(word => word.Length > 0 && word != typed).ToList();
        if (typed.Length == 0 || candidates.Count == 0)
            return null;
        var limit = Math.Max(1, typed.Length / 3);
        return candidates
            .Select(word => (Word: word, Distance: EditDistance.Typing(typed, word)))
            .Where(pair => pair.Distance <= limit || IsAffix(typed, pair.Word))
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Word, StringComparer.Ordinal)
            .Select(pair => pair.Word)
            .FirstOrDefault();
    }

    /// <summary><c> (did you mean 'x'?)</c>, or nothing when no known word is close.</summary>
    public static string Hint(string typed, IEnumerable<string> known) =>
        Closest(typed, known) is { } close ? $" (did you mean '{close}'?)" : "";

    /// <summary>One word is a prefix of the other, and long enough not to be a coincidence.</summary>
    private static bool IsAffix(string typed, string word) =>
        Math.Min(typed.Length, word.Length) >= 4
        && (word.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || typed.StartsWith(word, StringComparison.OrdinalIgnoreCase));
}
