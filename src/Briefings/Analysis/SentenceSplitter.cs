using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Briefings.Analysis;

/// <summary>
/// Splits paragraph text into sentences. A sentence ends at a full stop, question or exclamation mark
/// or an ellipsis, with any closing quotes, brackets and citation marks, when the next word starts
/// with a capital, a digit or an opening quote. Titles (<c>Mr.</c>, <c>Lt. Col.</c>, <c>Gen. (ret.)</c>),
/// and <c>No. 5</c> never end a sentence; initials and dotted acronyms (<c>J.</c>, <c>U.S.</c>) end one
/// only before a word that usually starts one.
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly FrozenSet<string> NeverFinal = FrozenSet.ToFrozenSet(
    [
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Rev.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Maj.", "Cpl.", "Pvt.", "Adm.", "Cmdr.",
        "Sen.", "Rep.", "Gov.", "Pres.", "Amb.", "Hon.", "Sheikh.", "St.", "Mt.", "Ft.", "No.", "Nos.", "Art.", "Vol.", "pp.", "p.",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
        "e.g.", "i.e.", "vs.", "cf.", "approx.", "ret.", "Jr.", "Sr.",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "There", "In", "On", "At",
        "But", "And", "However", "Yet", "So", "Its", "His", "Her", "Their", "Our", "After", "Before", "When", "While", "As",
    ], StringComparer.Ordinal);

    public static ImmutableArray<string> Split(string paragraph) =>
        [.. Ranges(paragraph).Select(range => paragraph[range])];

    /// <summary>Where each sentence lies in the paragraph, without surrounding white space.</summary>
    public static ImmutableArray<Range> Ranges(string paragraph)
    {
        var sentences = ImmutableArray.CreateBuilder<Range>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(paragraph))
        {
            var end = boundary.Index + boundary.Length;
            if (!EndsSentence(paragraph, start, boundary))
                continue;
            AddTrimmed(paragraph, start, end, sentences);
            start = end;
        }
        AddTrimmed(paragraph, start, paragraph.Length, sentences);
        return sentences.ToImmutable();
    }

    private static void AddTrimmed(string text, int start, int end, ImmutableArray<Range>.Builder sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            sentences.Add(start..end);
    }

    private static bool EndsSentence(string text, int sentenceStart, Match boundary)
    {
        var mark = boundary.Groups["mark"].Value;
        if (mark != ".")
            return true;
        var word = LastWord(text, sentenceStart, boundary.Groups["mark"].Index + 1);
        if (NeverFinal.Contains(word))
            return false;
        // "Donald J. Trump" but "a post on X. The talks began".
        if (IsInitial(word) || IsDottedAcronym(word))
            return SentenceStarters.Contains(NextWord(text, boundary.Index + boundary.Length));
        return true;
    }

    /// <summary>The word that ends at <paramref name="to"/>, without opening brackets or quotes.</summary>
    private static string LastWord(string text, int from, int to)
    {
        var first = to - 1;
        while (first > from && !char.IsWhiteSpace(text[first - 1]))
            first--;
        return text[first..to].TrimStart('(', '[', '“', '"', '‘', '\'');
    }

    private static string NextWord(string text, int from)
    {
        var match = Word().Match(text, from);
        return match.Success ? match.Value : "";
    }

    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]);

    private static bool IsDottedAcronym(string word) => word.Length >= 4 && word.Count(ch => ch == '.') >= 2 && !word.Contains("..", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<mark>\.\.\.|…|[.!?])[”""’)\]]*(?:\[\d+\])*(?=\s+[“""‘(\[]?[\p{Lu}0-9])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
