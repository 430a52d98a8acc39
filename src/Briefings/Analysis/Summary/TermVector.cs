namespace Briefings.Analysis.Summary;

/// <summary>A sentence's TF-IDF weights: term ids in ascending order with their weights, and the vector's length.</summary>
public sealed record TermVector(int[] Terms, double[] Weights)
{
    public double Norm { get; } = Math.Sqrt(Weights.Sum(weight => weight * weight));

    public double Cosine(TermVector other)
    {
        if (Norm == 0 || other.Norm == 0)
            return 0;
        double dot = 0;
        for (int i = 0, j = 0; i < Terms.Length && j < other.Terms.Length;)
        {
            if (Terms[i] == other.Terms[j])
                dot += Weights[i++] * other.Weights[j++];
            else if (Terms[i] < other.Terms[j])
                i++;
            else
                j++;
        }
        return dot / (Norm * other.Norm);
    }

    public bool Contains(int term) => Array.BinarySearch(Terms, term) >= 0;
}
