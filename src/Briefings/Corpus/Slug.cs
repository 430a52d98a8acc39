using System.Globalization;
using System.Text;

namespace Briefings.Corpus;

/// <summary>Readable ids from titles: "Taliban’s FM &amp; Hamas" → "talibans-fm-hamas".</summary>
public static class Slug
{
    public static string From(string text, int maxLength)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark || ch is '\'' or '’' or '‘')
                continue;
            if (char.IsAsciiLetterOrDigit(ch))
                slug.Append(char.ToLowerInvariant(ch));
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
        }
        var result = slug.ToString().Trim('-');
        if (result.Length > maxLength)
        {
            var cut = result.LastIndexOf('-', maxLength);
            result = result[..(cut > maxLength / 2 ? cut : maxLength)].Trim('-');
        }
        return result.Length > 0 ? result : "article";
    }
}
