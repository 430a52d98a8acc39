using System.Collections.Immutable;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Themes;

/// <summary>
/// Every visual default of a document in one place (sizes in points). The defaults follow the
/// brief house style: A4, 22 mm margins, Noto Serif body 10.5/14 justified, Noto Sans headings.
/// </summary>
public sealed record Theme
{
    public static Theme Default { get; } = new();

    public Size PageSize { get; init; } = PageSizes.A4;
    public double MarginTop { get; init; } = Millimetres(22);
    public double MarginBottom { get; init; } = Millimetres(22);
    public double MarginLeft { get; init; } = Millimetres(22);
    public double MarginRight { get; init; } = Millimetres(22);

    public string SerifFamily { get; init; } = "Noto Serif";
    public string SansFamily { get; init; } = "Noto Sans";

    /// <summary>Where a character missing from a run's own font is looked for, in order.</summary>
    public ImmutableArray<string> FallbackFamilies => [SerifFamily, SansFamily];

    public double BodySize { get; init; } = 10.5;
    public double BodyLeading { get; init; } = 14;
    public TextAlignment BodyAlignment { get; init; } = TextAlignment.Justify;
    public double ParagraphSpacing { get; init; } = 6;

    /// <summary>Sizes of heading levels 1 to 4.</summary>
    public IReadOnlyList<double> HeadingSizes { get; init; } = [15, 13, 11.5, 10.5];
    public double HeadingSpaceAbove { get; init; } = 14;
    public double HeadingSpaceBelow { get; init; } = 4;

    public double TitleSize { get; init; } = 20;
    public double SubtitleSize { get; init; } = 12;
    public double SmallSize { get; init; } = 8;
    public double QuoteAttributionSize { get; init; } = 9;

    public double TableTextSize { get; init; } = 9;
    public double TableLeading { get; init; } = 12;
    public double TableCellPadding { get; init; } = 4;

    /// <summary>The least distance from one column's text to the next column's (at least the two cells' padding).</summary>
    public double TableGutter { get; init; } = 14;

    /// <summary>Tints every other body row of a table.</summary>
    public bool TableZebra { get; init; } = true;

    public double ListIndent { get; init; } = 16;
    public double QuoteIndent { get; init; } = 14;

    /// <summary>
    /// The narrowest text column nesting may leave, in ems of the body size: deeper lists and quotes
    /// are set at the width they reached instead of indenting further.
    /// </summary>
    public double MinimumMeasureEms { get; init; } = 12;

    /// <summary>
    /// A table whose longest words do not fit side by side is set again at this multiple of its size,
    /// padding and gutter; if it still does not fit, each row is set as a stack of header/value pairs.
    /// </summary>
    public double TableSmallestSizeRatio { get; init; } = 0.75;

    public Rgb TextColor { get; init; } = new(0x1a, 0x1a, 0x1a);
    public Rgb MutedColor { get; init; } = new(0x5f, 0x63, 0x68);
    public Rgb AccentColor { get; init; } = new(0x1f, 0x3a, 0x5f);
    public Rgb PanelColor { get; init; } = new(0xea, 0xef, 0xf5);
    public Rgb ZebraColor { get; init; } = new(0xf5, 0xf7, 0xfa);
    public Rgb RuleColor { get; init; } = new(0xc9, 0xce, 0xd6);

    /// <summary>
    /// Curly quotes and apostrophes, en and em dashes for <c>--</c> and <c>---</c>, and ellipses for
    /// <c>...</c>, in the body and in the front matter's title lines, as a typesetter would set them.
    /// </summary>
    public bool SmartPunctuation { get; init; } = true;

    /// <summary>
    /// A line of text for the margin bands of every page (theme.yaml's <c>marking</c>), for a page
    /// template to print when the document gives none of its own.
    /// </summary>
    public string BandText { get; init; } = "";

    /// <summary>Heading leading, as a multiple of the heading size.</summary>
    public double HeadingLeadingRatio { get; init; } = 1.3;

    /// <summary>Leading of code blocks, figure captions and quote attributions, as a multiple of their size.</summary>
    public double CompactLeadingRatio { get; init; } = 1.35;

    /// <summary>Inline code size, as a multiple of the surrounding text's size.</summary>
    public double InlineCodeSizeRatio { get; init; } = 0.92;

    /// <summary>Code block size, as a multiple of the body size.</summary>
    public double CodeBlockSizeRatio { get; init; } = 0.9;

    /// <summary>The least gap between a list marker and its item, as a multiple of the body size.</summary>
    public double ListMarkerGapRatio { get; init; } = 0.6;

    /// <summary>The small line above a cover title (a kicker): its size and leading.</summary>
    public double KickerSize { get; init; } = 8.5;
    public double KickerLeading { get; init; } = 12;

    /// <summary>Cover title and subtitle leading, as multiples of their sizes.</summary>
    public double TitleLeadingRatio { get; init; } = 1.22;
    public double SubtitleLeadingRatio { get; init; } = 1.35;

    /// <summary>The cover's byline (date, author, notes): its size and leading.</summary>
    public double BylineSize { get; init; } = 9;
    public double BylineLeading { get; init; } = 12;

    /// <summary>The rule under the cover: its band height and thickness.</summary>
    public double CoverRuleHeight { get; init; } = 8;
    public double CoverRuleThickness { get; init; } = 1.2;

    /// <summary>Baselines in the top margin (band text, running header), as fractions of the top margin from the page's top edge.</summary>
    public double TopBandBaselineRatio { get; init; } = 0.40;
    public double HeaderBaselineRatio { get; init; } = 0.72;

    /// <summary>Baselines in the bottom margin (footer, band text), as fractions of the bottom margin from the page's bottom edge.</summary>
    public double FooterBaselineRatio { get; init; } = 0.62;
    public double BottomBandBaselineRatio { get; init; } = 0.28;

    /// <summary>The rule under the running header: its distance below the header's baseline and its thickness.</summary>
    public double HeaderRuleOffset { get; init; } = 4;
    public double HeaderRuleThickness { get; init; } = 0.4;

    /// <summary>Write PDF/A-1a, the archival standard, instead of plain tagged PDF.</summary>
    public bool PdfA { get; init; }

    /// <summary>Write the structure tree that screen readers use; off saves a third of the writing time.</summary>
    public bool Tagged { get; init; } = true;

    public TextStyle Body => new(new FontFace(SerifFamily), BodySize, TextColor);

    public TextStyle Sans(double size) => new(new FontFace(SansFamily), size, TextColor);

    public TextStyle Heading(int level) =>
        new(new FontFace(SansFamily, Bold: true), HeadingSizes[Math.Clamp(level, 1, HeadingSizes.Count) - 1], TextColor);

    public double MinimumMeasure => BodySize * MinimumMeasureEms;

    public Size BodySizeOnPage => new(PageSize.Width - MarginLeft - MarginRight, PageSize.Height - MarginTop - MarginBottom);

    public static double Millimetres(double mm) => mm * 72 / 25.4;
}
