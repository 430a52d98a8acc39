namespace Briefings.Analysis.Summary;

/// <summary>
/// LexRank (Erkan &amp; Radev, 2004): a sentence is central when many sentences are similar to it. The
/// graph links sentences whose cosine similarity reaches the threshold; scores are the stationary
/// distribution of a random walk over it, with teleports spread by <c>bias</c> (topic-sensitive LexRank).
/// </summary>
public static class LexRank
{
    public const double Threshold = 0.1;
    public const double Damping = 0.85;

    public static double[] Rank(IReadOnlyList<TermVector> vectors, IReadOnlyList<double> bias)
    {
        var n = vectors.Count;
        var neighbours = new List<int>[n];
        for (var i = 0; i < n; i++)
            neighbours[i] = [];
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
                if (vectors[i].Cosine(vectors[j]) >= Threshold)
                {
                    neighbours[i].Add(j);
                    neighbours[j].Add(i);
                }

        var biasTotal = bias.Sum();
        var teleport = bias.Select(weight => biasTotal > 0 ? weight / biasTotal : 1.0 / n).ToArray();
        var scores = Enumerable.Repeat(1.0 / Math.Max(1, n), n).ToArray();
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var next = teleport.Select(weight => (1 - Damping) * weight).ToArray();
            var dangling = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (neighbours[i].Count == 0)
                {
                    dangling += scores[i];
                    continue;
                }
                var share = Damping * scores[i] / neighbours[i].Count;
                foreach (var j in neighbours[i])
                    next[j] += share;
            }
            for (var i = 0; i < n; i++)
                next[i] += Damping * dangling * teleport[i];
            var change = next.Select((score, i) => Math.Abs(score - scores[i])).Sum();
            scores = next;
            if (change < 1e-9)
                break;
        }
        return scores;
    }
}
