using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefings.Composition.Text;

/// <summary>
/// Dated sentences that do not say something happened on their date: a statement of what was not
/// known ("little information was available until…", from the lexicon), and a sentence whose first
/// date only marks a reference point ("since 7 October 2023", "after the 7 October 2023 attack",
/// "Before the 7 October attacks").
/// </summary>
public static partial class NonEvent
{
    private static readonly FrozenSet<string> Phrases = Lexicon.Load("non-event-phrases", StringComparer.OrdinalIgnoreCase);

    /// <summary>Why the sentence is not an event, as a phrase; null when it may be one.</summary>
    public static string? Problem(string sentence)
    {
        if (Phrases.FirstOrDefault(phrase => sentence.Contains(phrase, StringComparison.OrdinalIgnoreCase)) is { } phrase)
            return $"says '{phrase}', not that something happened";
        var date = FirstDate().Match(sentence);
        if (date.Success && ReferenceBefore().IsMatch(sentence[..date.Index]))
            return "its date is only a reference point ('since', 'after', 'until' …)";
        return null;
    }

    private const string Month = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";

    [GeneratedRegex(@"\b(?:\d{1,2}\s+" + Month + @"(?:\s+\d{4})?|" + Month + @"\s+\d{1,2},?\s+\d{4}|" + Month + @"\s+\d{4}|(?:1[89]|20)\d{2})\b")]
    private static partial Regex FirstDate();

    [GeneratedRegex(@"\b(?:since|after|before|until|till|prior\s+to|following|ahead\s+of)(?:\s+the)?(?:\s+very)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceBefore();
}
