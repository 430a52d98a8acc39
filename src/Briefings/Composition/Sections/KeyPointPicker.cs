using System.Collections.Immutable;
using Briefings.Analysis.Summary;

namespace Briefings.Composition.Sections;

/// <summary>
/// Picks key points by maximal marginal relevance (Carbonell &amp; Goldstein, 1998): each next point is
/// the candidate whose centrality (LexRank, leaning to the focus terms) most exceeds its likeness to
/// the points already taken, with a bonus for a source or a year not yet covered. A candidate that
/// reports the same event as a point taken (<see cref="SameEvent"/>) is never
/// picked; one that another source reports almost word for word is merged and cites both.
/// </summary>
public static class KeyPointPicker
{
    /// <summary>Weight of centrality against likeness to the points already taken.</summary>
    public const double Lambda = 0.7;

    /// <summary>Cosine similarity from which a sentence adds too little to a point already taken.</summary>
    public const double RedundantSimilarity = 0.4;

    /// <summary>Bonus for covering a year no point covers yet; penalty for each point its source already gave.</summary>
    public const double YearBonus = 0.15;
    public const double SourcePenalty = 0.15;

    public static ImmutableArray<KeyPoint> Pick(IReadOnlyList<KeyPointCandidate> candidates, int count, IReadOnlyList<double> bias)
    {
        if (candidates.Count == 0 || count <= 0)
            return [];
        var vectors = new SentenceVectors([.. candidates.Select(candidate => candidate.Text)]).Vectors;
        var scores = LexRank.Rank(vectors, bias);
        var top = scores.Max();
        var relevance = scores.Select(score => top > 0 ? score / top : 0).ToArray();
        var rank = Enumerable.Range(0, candidates.Count).OrderByDescending(i => scores[i]).ThenBy(i => candidates[i].Source).ThenBy(i => candidates[i].Position)
            .Select((index, place) => (index, place)).ToDictionary(pair => pair.index, pair => pair.place + 1);

        var picked = new List<int>();
        var used = new bool[candidates.Count];
        var points = ImmutableArray.CreateBuilder<KeyPoint>();
        while (points.Count < count)
        {
            var best = -1;
            var bestValue = double.NegativeInfinity;
            var skipped = 0;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (used[i])
                    continue;
                if (picked.Any(p => SameEvent(candidates[p], candidates[i], vectors[p].Cosine(vectors[i]))))
                {
                    skipped++;
                    continue;
                }
                var likeness = picked.Count == 0 ? 0 : picked.Max(p => vectors[p].Cosine(vectors[i]));
                var fromSource = picked.Count(p => candidates[p].Source == candidates[i].Source);
                var newYear = candidates[i].Year is { } year && !picked.Any(p => candidates[p].Year == year);
                var value = Lambda * relevance[i] - (1 - Lambda) * likeness - SourcePenalty * fromSource + (newYear ? YearBonus : 0);
                if (value > bestValue + 1e-12)
                    (best, bestValue) = (i, value);
            }
            if (best < 0)
                break;
            used[best] = true;
            var sources = new SortedSet<int> { candidates[best].Source };
            for (var j = 0; j < candidates.Count; j++)
                if (!used[j] && candidates[j].Source != candidates[best].Source && vectors[best].Cosine(vectors[j]) >= Summarizer.DuplicateSimilarity)
                {
                    used[j] = true;
                    sources.Add(candidates[j].Source);
                }
            picked.Add(best);
            var why = $"centrality rank {rank[best]} of {candidates.Count}; MMR {bestValue:0.00}"
                + (picked.Count > 1 ? $"; {skipped} candidates left out as the same event as an earlier point" : "")
                + (candidates[best].Year is { } covered ? $"; speaks of {covered}" : "");
            points.Add(new KeyPoint(candidates[best], [.. sources], why));
        }
        return points.ToImmutable();
    }

    /// <summary>
    /// Two sentences about one event: nearly the same words, or the same two people.
    /// </summary>
    public static bool SameEvent(KeyPointCandidate a, KeyPointCandidate b, double cosine) =>
        cosine >= RedundantSimilarity || a.People.Count(b.People.Contains) >= 2;
}

/// <summary>A chosen key point, every source reporting it, and why it was chosen.</summary>
public sealed record KeyPoint(KeyPointCandidate Candidate, ImmutableArray<int> Sources, string Why);
