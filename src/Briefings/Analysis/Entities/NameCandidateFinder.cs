using System.Collections.Frozen;
using Briefings.Corpus.Entities;

namespace Briefings.Analysis.Entities;

/// <summary>
/// Finds names the gazetteer does not know: runs of two to five capitalised words ("Haroun Rahimi",
/// "Afghanistan Journalists Center"), joined only by spaces or particles (al-, bin, Abu). A run that
/// overlaps a known alias is not a candidate.
/// </summary>
public static class NameCandidateFinder
{
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(["al", "bin", "ibn", "ul", "ud", "of", "de", "van", "von"], StringComparer.Ordinal);


    public static IEnumerable<string> Find(string text, IReadOnlyList<NameMatch> known)
    {
        var tokens = NameToken.Scan(text);
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(text, tokens[i]))
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < tokens.Count && tokens[end].JoinedToPrevious && end - i < 5
                   && (IsNameWord(text, tokens[end]) || (IsParticle(text, tokens[end]) && end + 1 < tokens.Count && IsNameWord(text, tokens[end + 1]))))
                end++;
            if (end - i >= 2 && !Overlaps(tokens[i].Start, tokens[end - 1].End, known))
                yield return text[tokens[i].Start..tokens[end - 1].End];
            i = end;
        }
    }

    private static bool IsNameWord(string text, NameToken token)
    {
        var word = token.In(text);
        return word.Length >= 2 && char.IsUpper(word[0]) && !char.IsUpper(word[^1]) && !NameWords.NotNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool IsParticle(string text, NameToken token) =>
        Particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token.In(text)) || token.In(text) is "Abu" or "Bin";

    /// <summary>
    /// Whether a known match overlaps [start, end). Known matches are in text order and never overlap,
    /// so the first one ending after <paramref name="start"/> is found by halving (a scan per candidate
    /// was quadratic in paragraph length).
    /// </summary>
    private static bool Overlaps(int start, int end, IReadOnlyList<NameMatch> known)
    {
        var (low, high) = (0, known.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (known[middle].End <= start)
                low = middle + 1;
            else
                high = middle;
        }
        return low < known.Count && known[low].Start < end;
    }
}
