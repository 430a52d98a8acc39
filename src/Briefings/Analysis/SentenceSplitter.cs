using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Briefings.Analysis;

/// <summary>
/// Splits paragraph text into sentences at a full stop, question or exclamation mark (and any
/// closing quote) followed by a space and a capital or an opening quote. It knows the common
/// abbreviations of news text so that "U.S. Forces" and "Mr. Omar" stay whole.
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Maj.", "Sen.", "Rep.", "Gov.", "St.",
        "No.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "U.S.", "U.N.", "U.K.", "e.g.", "i.e.", "vs.",
    };

    public static ImmutableArray<string> Split(string paragraph)
    {
        var sentences = ImmutableArray.CreateBuilder<string>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(paragraph))
        {
            var end = boundary.Index + boundary.Length;
            var lastWord = LastWord(paragraph, start, boundary.Index + 1);
            if (Abbreviations.Contains(lastWord) || IsInitial(lastWord))
                continue;
            sentences.Add(paragraph[start..end].Trim());
            start = end;
        }
        if (start < paragraph.Length && paragraph[start..].Trim() is { Length: > 0 } rest)
            sentences.Add(rest);
        return sentences.ToImmutable();
    }

    private static string LastWord(string text, int from, int to)
    {
        var space = text.LastIndexOf(' ', Math.Max(from, to - 1), Math.Max(0, to - from));
        return text[(space < from ? from : space + 1)..to];
    }

    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]);

    [GeneratedRegex(@"[.!?][”""’)]*(?=\s+[“""‘(\[]?[A-Z0-9])")]
    private static partial Regex Boundary();
}
