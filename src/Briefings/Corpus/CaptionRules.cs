using System.Text.RegularExpressions;

namespace Briefings.Corpus;

/// <summary>Photo captions: lines ending with an agency or photo credit, e.g. <c>[... /AFP]</c>, <c>GETTY IMAGES</c>.</summary>
public static partial class CaptionRules
{
    public static bool IsCaption(string line) => Credit().IsMatch(line);

    [GeneratedRegex(@"(GETTY IMAGES|/AFP\]|\[[A-Z][A-Za-z ]{1,30}\]|\(Courtesy[^)]*\)|Photo: [^.]{3,120}, \d{1,2} \w+ \d{4})\s*$")]
    private static partial Regex Credit();
}
