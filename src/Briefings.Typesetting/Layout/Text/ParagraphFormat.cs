using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// The geometry of a paragraph's lines: column width, alignment, line height (leading) and the
/// baseline's distance below each line's top.
/// </summary>
internal sealed record ParagraphFormat(double Width, TextAlignment Alignment, double Leading, double Baseline)
{
    /// <summary>Centres the font's ascent and descent in the leading.</summary>
    public static ParagraphFormat For(TextStyle style, double leading, double width, TextAlignment alignment, ITextMeasurer measurer)
    {
        var metrics = measurer.Metrics(style);
        var baseline = (leading - (metrics.Ascent + metrics.Descent)) / 2 + metrics.Ascent;
        return new ParagraphFormat(width, alignment, leading, baseline);
    }
}
