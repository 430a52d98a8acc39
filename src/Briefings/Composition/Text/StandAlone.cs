using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefings.Composition.Text;

/// <summary>
/// Whether a sentence taken out of its article still reads on its own in a brief: it does not open
/// on a word that points back ("He", "This", "But"; not an empty "It is … that") nor says "also" in its
/// first words ("Mujahid also met…"), is not attributed only to a pronoun ("…, he said"),
/// and its quotation marks are balanced. Also strips an article's own footnote marks ("[3]"), which
/// would read as the brief's source numbers.
/// </summary>
public static partial class StandAlone
{
    private static readonly FrozenSet<string> DanglingOpeners = Lexicon.Load("dangling-openers");

    private static readonly FrozenSet<string> PronounAttributions = Lexicon.Load("pronoun-attributions", StringComparer.OrdinalIgnoreCase);

    public static bool Reads(string sentence) => Problem(sentence) is null;

    /// <summary>Why the sentence needs its neighbours, as a phrase for <c>explain</c>; null when it stands alone.</summary>
    public static string? Problem(string sentence)
    {
        var first = FirstWord().Match(sentence).Groups["word"].Value;
        if (DanglingOpeners.Contains(first) && !DummyIt().IsMatch(sentence))
            return $"opens on '{first}', which points to an earlier sentence";
        if (AlsoEarly().IsMatch(sentence))
            return "says 'also' in its first words, so it adds to an earlier sentence";
        var lower = sentence.ToLowerInvariant();
        if (PronounAttributions.FirstOrDefault(phrase => Regex.IsMatch(lower, $@"\b{Regex.Escape(phrase)}\b")) is { } pronoun)
            return $"attributed only to '{pronoun}'";
        if (!QuotesBalanced(sentence))
            return "has unbalanced quotation marks";
        return null;
    }

    /// <summary>Curly quotes pair up, and straight double quotes come in pairs.</summary>
    public static bool QuotesBalanced(string text)
    {
        var depth = 0;
        foreach (var ch in text)
        {
            if (ch == '“')
                depth++;
            else if (ch == '”' && --depth < 0)
                return false;
        }
        return depth == 0 && text.Count(ch => ch == '"') % 2 == 0;
    }

    /// <summary>The text without the article's own footnote marks: "… against humanity.”[3]" → "… against humanity.”".</summary>
    public static string WithoutFootnoteMarks(string text) => FootnoteMark().Replace(text, "");

    [GeneratedRegex(@"^[“""‘(]*(?<word>\p{L}+)")]
    private static partial Regex FirstWord();

    /// <summary>"It is important to note that…", "It was reported that…": an "It" that points nowhere.</summary>
    [GeneratedRegex(@"^It\s+(?:is|was|has\s+been|had\s+been|remains|seems|appears)\s+(?:\w+\s+){0,3}?(?:that|to|whether)\b")]
    private static partial Regex DummyIt();

    [GeneratedRegex(@"^(?:\S+\s+){1,3}also\b", RegexOptions.IgnoreCase)]
    private static partial Regex AlsoEarly();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}.,;:!?”’"")])\[\d{1,3}\]")]
    private static partial Regex FootnoteMark();
}
