using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefings.Corpus;

/// <summary>
/// Photo captions: lines ending with an agency or photo credit (<c>[... /AFP]</c>, <c>GETTY IMAGES</c>,
/// <c>(Courtesy - Taliban)</c>, <c>— AP/File</c>, <c>(Avshalom Sassoni/Flash90)</c>, <c>Wakil KOHSAR / AFP</c>,
/// <c>Image Credit: ANI</c>, <c>Photograph:(Others)</c>, <c>(Image courtesy BBC)</c>), a picture described in
/// the present tense that ends with its full date ("X speaks before …, on February 18, 2024."), and caption
/// lines followed by a separate <c>Photo: …</c> credit line.
/// </summary>
public static partial class CaptionRules
{
    private const int MaxCaptionLength = 400;
    private const int VerbWithinWords = 14;

    /// <summary>The longest credit or closing date the shapes below match, with room to spare.</summary>
    private const int MaxCreditLength = 200;

    private static readonly FrozenSet<string> Verbs = Lexicon.Set("caption-verbs.txt");

    public static bool IsCaption(string line)
    {
        if (line.Length > MaxCaptionLength)
            return false;
        // Every credit shape ends the line and is short: matching the tail alone keeps this linear in paragraph length.
        var tail = line.AsSpan(Math.Max(0, line.Length - MaxCreditLength));
        return Credit().IsMatch(tail) || (DatedEnd().IsMatch(tail) && HasPresentTenseVerb(line));
    }

    /// <summary>A line that is only a photo credit; the line before it is the caption.</summary>
    public static bool IsCreditLine(string line) => line.StartsWith("Photo: ", StringComparison.Ordinal) && line.Length < 160;

    private static bool HasPresentTenseVerb(string line) =>
        line.Split(' ', VerbWithinWords + 1).Take(VerbWithinWords).Any(word => Verbs.Contains(word.TrimEnd(',', ';')));

    [GeneratedRegex(
        @"(?:GETTY IMAGES|/AFP\]|\[[A-Z][A-Za-z ]{1,30}\]|\(Courtesy[^)]*\)|Photo: [^.]{3,120}, \d{1,2} \w+ \d{4}" +
        @"|\s[—–]\s*[A-Z][\w.]*(?:/[A-Z][\w ]*)+|\([^()]{2,60}/[^()]{2,30}\)|\b\p{Lu}\p{Ll}+ \p{Lu}{2,}(?: \p{Lu}{2,})?\s*/\s*\p{Lu}[\p{L}]+" +
        @"|(?i:Image|Photo|Picture)\s*(?i:credits?)\s*:\s*[^.:]{2,60}|Photograph:\s*\([^()]{2,40}\)|\((?i:Image|Photo|Picture|Photograph)s?:?\s+(?i:courtesy|credit)[^()]{0,60}\))\s*$")]
    private static partial Regex Credit();

    [GeneratedRegex(@"(?:,|\bon|\bin)\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4})\.\s*$")]
    private static partial Regex DatedEnd();
}
