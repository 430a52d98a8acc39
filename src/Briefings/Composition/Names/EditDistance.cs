namespace Briefings.Composition.Names;

/// <summary>Levenshtein distance between two words, ignoring case: how far apart two spellings of a name are.</summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>Two transliterations of one name: "Zabihulla"/"Zabihullah", "Mohammad"/"Muhammad" (about one letter in four).</summary>
    public static bool AreVariants(string a, string b) =>
        char.ToLowerInvariant(a[0]) == char.ToLowerInvariant(b[0]) && Between(a, b) <= Math.Max(1, Math.Min(a.Length, b.Length) / 4);
}
