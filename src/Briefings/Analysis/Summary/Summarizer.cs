using System.Collections.Immutable;

namespace Briefings.Analysis.Summary;

/// <summary>
/// Extractive summary across articles: ranks candidate sentences with LexRank (biased towards the
/// focus terms when given), then takes the best ones that do not repeat an earlier pick. A sentence
/// from another source that says nearly the same thing is merged into the pick, which then cites both.
/// </summary>
public static class Summarizer
{
    /// <summary>Cosine similarity from which two sentences are one statement reported twice.</summary>
    public const double DuplicateSimilarity = 0.6;

    /// <summary>Cosine similarity from which a sentence adds too little to one already picked.</summary>
    public const double RedundantSimilarity = 0.45;

    public static ImmutableArray<SummarySentence> Summarize(IReadOnlyList<SummaryCandidate> candidates, int count, IReadOnlyList<string> focus)
    {
        if (candidates.Count == 0 || count <= 0)
            return [];
        var vectors = new SentenceVectors([.. candidates.Select(candidate => candidate.Text)]).Vectors;
        var focusTerms = new SentenceVectors([.. candidates.Select(candidate => candidate.Text), .. focus]);
        var focusIds = focus.SelectMany(Terms.Of).Select(focusTerms.IdOf).Where(id => id >= 0).ToHashSet();
        var bias = candidates.Select((candidate, i) =>
            1.0 + 3.0 * focusTerms.Vectors[i].Terms.Count(focusIds.Contains) + (candidate.Position == 0 ? 0.5 : 0)).ToArray();
        var scores = LexRank.Rank(vectors, bias);

        var order = Enumerable.Range(0, candidates.Count)
            .OrderByDescending(i => scores[i]).ThenBy(i => candidates[i].Source).ThenBy(i => candidates[i].Position);
        var picked = new List<int>();
        var used = new bool[candidates.Count];
        var summary = ImmutableArray.CreateBuilder<SummarySentence>();
        foreach (var i in order)
        {
            if (summary.Count == count)
                break;
            if (used[i] || picked.Any(p => vectors[p].Cosine(vectors[i]) >= RedundantSimilarity))
                continue;
            var sources = new SortedSet<int> { candidates[i].Source };
            for (var j = 0; j < candidates.Count; j++)
                if (!used[j] && j != i && candidates[j].Source != candidates[i].Source && vectors[i].Cosine(vectors[j]) >= DuplicateSimilarity)
                {
                    used[j] = true;
                    sources.Add(candidates[j].Source);
                }
            used[i] = true;
            picked.Add(i);
            summary.Add(new SummarySentence(candidates[i].Text, [.. sources], scores[i]));
        }
        return summary.ToImmutable();
    }
}
