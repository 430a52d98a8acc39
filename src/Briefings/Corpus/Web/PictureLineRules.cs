using System.Text.RegularExpressions;

namespace Briefings.Corpus.Web;

/// <summary>
/// Lines that pictures leave in a page's text when their markup does not say so: a credit line
/// (<c>© Martin Taylor</c>, <c>Photo: Hau Dinh, AP</c>), a caption ending in its credit
/// (<c>… in size (Image: GETTY)</c>), and a gallery's counter (<c>1 of 6</c>, <c>Image 3 of 5</c>).
/// </summary>
internal static partial class PictureLineRules
{
    /// <summary>Captions are short; a longer line with a credit at its end is a paragraph quoting one.</summary>
    private const int MaxCaptionLength = 300;

    public static bool IsCaption(string line) => line.Length <= MaxCaptionLength && (CreditStart().IsMatch(line) || CreditEnd().IsMatch(line));

    public static bool IsGalleryCounter(string line) => Counter().IsMatch(line);

    [GeneratedRegex(@"^(?:©|\(c\)\s|(?:Photo|Image|Picture|Photograph)s?(?: credit)?:\s)", RegexOptions.IgnoreCase)]
    private static partial Regex CreditStart();

    [GeneratedRegex(@"\((?:Image|Photo|Picture|Photograph|Credit)s?:\s*[^()]{1,60}\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CreditEnd();

    [GeneratedRegex(@"^(?:(?:Image|Photo|Picture|Slide)\s+)?\d{1,3}\s+(?:of|/)\s+\d{1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex Counter();
}
