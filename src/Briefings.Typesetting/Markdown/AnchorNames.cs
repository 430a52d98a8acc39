using System.Text;

namespace Briefings.Typesetting.Markdown;

/// <summary>Anchor names as GitHub makes them from heading text: lower case, words joined by hyphens.</summary>
internal static class AnchorNames
{
    public static string ForHeading(string text)
    {
        var name = new StringBuilder(text.Length);
        foreach (var ch in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(ch) || ch is '-' or '_')
                name.Append(ch);
            else if (char.IsWhiteSpace(ch))
                name.Append('-');
        }
        return name.ToString();
    }
}
