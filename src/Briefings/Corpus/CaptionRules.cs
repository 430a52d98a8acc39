using System.Text.RegularExpressions;

namespace Briefings.Corpus;

/// <summary>
/// Photo captions: lines ending with an agency or photo credit (<c>[... /AFP]</c>, <c>GETTY IMAGES</c>,
/// <c>(Courtesy - Taliban)</c>), and caption lines followed by a separate <c>Photo: …</c> credit line.
/// </summary>
public static partial class CaptionRules
{
    public static bool IsCaption(string line) => Credit().IsMatch(line);

    /// <summary>A line that is only a photo credit; the line before it is the caption.</summary>
    public static bool IsCreditLine(string line) => line.StartsWith("Photo: ", StringComparison.Ordinal) && line.Length < 160;

    [GeneratedRegex(@"(GETTY IMAGES|/AFP\]|\[[A-Z][A-Za-z ]{1,30}\]|\(Courtesy[^)]*\)|Photo: [^.]{3,120}, \d{1,2} \w+ \d{4})\s*$")]
    private static partial Regex Credit();
}
