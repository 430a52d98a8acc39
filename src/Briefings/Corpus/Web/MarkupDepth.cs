using System.Collections.Frozen;

namespace Briefings.Corpus.Web;

/// <summary>
/// Estimates how deeply a page nests its elements from the raw markup, before parsing: an HTML5 tree
/// builder scans its stack of open elements at every tag, so a page of a hundred thousand nested divs
/// would take hours. Opening tags count, closing tags uncount; void elements, self-closing tags and the
/// elements HTML closes by itself (<c>p</c>, <c>li</c>, table cells) do not count; comments and script or
/// style text are skipped.
/// </summary>
internal static class MarkupDepth
{
    private static readonly FrozenSet<string> Uncounted = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody", "thead", "html", "head", "body");

    /// <summary>True when the markup opens more than <paramref name="limit"/> elements without closing them.</summary>
    public static bool Exceeds(string html, int limit)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var nameEnd = start;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
                nameEnd++;
            var tagEnd = html.IndexOf('>', nameEnd);
            if (nameEnd == start || tagEnd < 0)
            {
                i++;
                continue;
            }
            var name = html[start..nameEnd];
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                var end = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }
            if (!Uncounted.Contains(name) && html[tagEnd - 1] != '/')
            {
                depth = closing ? Math.Max(0, depth - 1) : depth + 1;
                if (depth > limit)
                    return true;
            }
            i = tagEnd + 1;
        }
        return false;
    }
}
