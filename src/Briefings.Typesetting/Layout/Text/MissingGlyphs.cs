using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>One warning for all the characters of a document that no bundled font has.</summary>
internal static class MissingGlyphs
{
    private const int Listed = 8;

    public static ImmutableArray<string> Describe(IReadOnlyDictionary<int, int> missing)
    {
        if (missing.Count == 0)
            return [];
        var codePoints = new int[missing.Count];
        var times = 0;
        var i = 0;
        foreach (var (codePoint, count) in missing)
        {
            codePoints[i++] = codePoint;
            times += count;
        }
        Array.Sort(codePoints);
        var listed = new StringBuilder();
        foreach (var codePoint in codePoints.AsSpan(0, Math.Min(Listed, codePoints.Length)))
            listed.Append(listed.Length > 0 ? ", " : "").Append(CultureInfo.InvariantCulture, $"U+{codePoint:X4} '{new Rune(codePoint)}'");
        var more = missing.Count > Listed ? $" and {missing.Count - Listed} more" : "";
        return [$"{missing.Count} character(s) have no glyph in the bundled fonts and are shown as \uFFFD ({times} in all): {listed}{more}."];
    }
}
