namespace Briefings.Analysis.Summary;

/// <summary>TF-IDF vectors of a set of sentences over their shared vocabulary (IDF from the set itself).</summary>
public sealed class SentenceVectors
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public SentenceVectors(IReadOnlyList<string> sentences)
    {
        var counts = sentences.Select(sentence => Terms.Of(sentence).Select(Id).GroupBy(id => id).ToDictionary(group => group.Key, group => group.Count())).ToList();
        var documentFrequency = new int[_ids.Count];
        foreach (var count in counts)
            foreach (var term in count.Keys)
                documentFrequency[term]++;
        Vectors = [.. counts.Select(count =>
        {
            var terms = count.Keys.Order().ToArray();
            var weights = terms.Select(term => count[term] * Math.Log((1.0 + sentences.Count) / (1.0 + documentFrequency[term]) + 1)).ToArray();
            return new TermVector(terms, weights);
        })];
    }

    public IReadOnlyList<TermVector> Vectors { get; }

    /// <summary>The id of a term in this set's vocabulary, or -1 when no sentence has it.</summary>
    public int IdOf(string term) => _ids.GetValueOrDefault(term, -1);

    private int Id(string term)
    {
        if (!_ids.TryGetValue(term, out var id))
            _ids[term] = id = _ids.Count;
        return id;
    }
}
