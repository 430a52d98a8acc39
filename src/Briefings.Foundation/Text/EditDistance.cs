namespace Briefings.Foundation.Text;

/// <summary>Edit distances between two words, ignoring case: how far apart two spellings of a name are, or a typed word from the one meant.</summary>
public static class EditDistance
{
    /// <summary>Levenshtein distance.</summary>
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

    /// <summary>
    /// Edits between a typed word and the one meant, counting two swapped neighbours as one edit
    /// (optimal string alignment): "titel" is one slip from "title".
    /// </summary>
    public static int Typing(string typed, string meant)
    {
        typed = typed.ToLowerInvariant();
        meant = meant.ToLowerInvariant();
        var distance = new int[typed.Length + 1, meant.Length + 1];
        for (var i = 0; i <= typed.Length; i++)
            distance[i, 0] = i;
        for (var j = 0; j <= meant.Length; j++)
            distance[0, j] = j;
        for (var i = 1; i <= typed.Length; i++)
            for (var j = 1; j <= meant.Length; j++)
            {
                var cost = typed[i - 1] == meant[j - 1] ? 0 : 1;
                distance[i, j] = Math.Min(Math.Min(distance[i - 1, j] + 1, distance[i, j - 1] + 1), distance[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && typed[i - 1] == meant[j - 2] && typed[i - 2] == meant[j - 1])
                    distance[i, j] = Math.Min(distance[i, j], distance[i - 2, j - 2] + 1);
            }
        return distance[typed.Length, meant.Length];
    }
}
