using System.Text.RegularExpressions;

namespace Briefings.Tests.Evaluation;

/// <summary>
/// The article-extraction benchmark's scoring (<c>eval/article-extraction-benchmark/evaluate.py</c>),
/// ported: per page, the token 4-gram shingles of the predicted and the true body give true and false
/// positives and negatives (normalised so long pages weigh no more); precision and recall are averaged
/// over pages and F1 is taken from the two averages.
/// </summary>
public static partial class ShingleScore
{
    private const int ShingleLength = 4;

    public sealed record PageScore(double TruePositives, double FalsePositives, double FalseNegatives)
    {
        public double Precision => FalsePositives == 0 && FalseNegatives == 0 ? 1 : TruePositives + FalsePositives == 0 ? 0 : TruePositives / (TruePositives + FalsePositives);

        public double Recall => FalsePositives == 0 && FalseNegatives == 0 ? 1 : TruePositives + FalseNegatives == 0 ? 0 : TruePositives / (TruePositives + FalseNegatives);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    public sealed record Totals(double F1, double Precision, double Recall);

    public static PageScore Page(string truth, string prediction)
    {
        var expected = Shingles(truth);
        var predicted = Shingles(prediction);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in expected.Keys.Union(predicted.Keys))
        {
            var trueCount = expected.GetValueOrDefault(key);
            var predictedCount = predicted.GetValueOrDefault(key);
            tp += Math.Min(trueCount, predictedCount);
            fp += Math.Max(0, predictedCount - trueCount);
            fn += Math.Max(0, trueCount - predictedCount);
        }
        var sum = tp + fp + fn;
        return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum) : new PageScore(0, 0, 0);
    }

    public static Totals Total(IReadOnlyCollection<PageScore> pages)
    {
        var precision = pages.Where(page => page.TruePositives + page.FalsePositives > 0).Average(page => page.Precision);
        var recall = pages.Where(page => page.TruePositives + page.FalseNegatives > 0).Average(page => page.Recall);
        return new Totals(2 * precision * recall / (precision + recall), precision, recall);
    }

    /// <summary>Python's <c>re.findall(r'\w+')</c> shingled as evaluate.py does (a text under four tokens is one shingle).</summary>
    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(match => match.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, tokens.Count - ShingleLength + 1); i++)
        {
            var shingle = string.Join('\u0001', tokens.Skip(i).Take(ShingleLength));
            if (tokens.Count > 0)
                shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
        }
        return shingles;
    }

    // Python's \w on text: letters, numeric characters and the underscore.
    [GeneratedRegex(@"[\p{L}\p{Nd}\p{Nl}\p{No}_]+")]
    private static partial Regex Word();
}
