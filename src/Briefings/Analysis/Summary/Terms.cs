using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefings.Analysis.Summary;

/// <summary>The content words of a text, lower-cased and lightly stemmed (plural -s dropped); stop words left out.</summary>
public static partial class Terms
{
    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "that", "this", "these",
        "those", "is", "are", "was", "were", "be", "been", "being", "it", "its", "he", "she", "they", "them", "his", "her", "their",
        "we", "our", "you", "i", "not", "no", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should",
        "may", "might", "also", "which", "who", "whom", "what", "when", "where", "than", "then", "there", "about", "into", "after",
        "before", "over", "said", "says", "say", "all", "any", "more", "most", "some", "such", "only", "other", "if", "so", "up",
        "out", "one", "two", "s", "mr", "very", "just", "while", "during", "since", "under", "between", "both", "each", "own",
    ], StringComparer.Ordinal);

    public static IEnumerable<string> Of(string text)
    {
        foreach (Match word in Word().Matches(text))
        {
            var term = word.Value.ToLowerInvariant();
            if (term.Length < 2 || StopWords.Contains(term))
                continue;
            yield return term.Length > 3 && term.EndsWith('s') && !term.EndsWith("ss", StringComparison.Ordinal) ? term[..^1] : term;
        }
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*(?:[-’']\p{L}+)*")]
    private static partial Regex Word();
}
