using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>One warning for all the characters of a document that no bundled font has.</summary>
public static class MissingGlyphs
{
    private const int Listed = 8;

    public static ImmutableArray<string> Describe(IReadOnlyDictionary<int, int> missing)
    {
        if (missing.Count == 0)
            return [];
        var listed = string.Join(", ", missing.Keys.Order().Take(Listed).Select(codePoint =>
            string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4} '{new Rune(codePoint)}'")));
        var more = missing.Count > Listed ? $" and {missing.Count - Listed} more" : "";
        var times = missing.Values.Sum();
        return [$"{missing.Count} character(s) have no glyph in the bundled fonts and are shown as \uFFFD ({times} in all): {listed}{more}."];
    }
}
