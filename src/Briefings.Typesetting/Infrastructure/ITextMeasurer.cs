namespace Briefings.Typesetting.Infrastructure;

/// <summary>Real font metrics; implemented at the PDF edge so that layout knows no PDF library.</summary>
internal interface ITextMeasurer
{
    double Width(string text, TextStyle style);

    FontMetrics Metrics(TextStyle style);

    /// <summary>Whether <paramref name="face"/> has a glyph for the Unicode code point.</summary>
    bool HasGlyph(int codePoint, FontFace face);
}
