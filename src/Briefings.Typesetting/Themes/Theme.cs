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

    /// <summary>Tints every other body row of a table.</summary>
    public bool TableZebra { get; init; } = true;

    public double ListIndent { get; init; } = 16;
    public double QuoteIndent { get; init; } = 14;

    public Rgb TextColor { get; init; } = new(0x1a, 0x1a, 0x1a);
    public Rgb MutedColor { get; init; } = new(0x5f, 0x63, 0x68);
    public Rgb AccentColor { get; init; } = new(0x1f, 0x3a, 0x5f);
    public Rgb PanelColor { get; init; } = new(0xea, 0xef, 0xf5);
    public Rgb ZebraColor { get; init; } = new(0xf5, 0xf7, 0xfa);
    public Rgb RuleColor { get; init; } = new(0xc9, 0xce, 0xd6);

    /// <summary>Shown top and bottom of every page unless the document sets its own.</summary>
    public string Marking { get; init; } = "";

    /// <summary>Write PDF/A-1a, the archival standard, instead of plain tagged PDF.</summary>
    public bool PdfA { get; init; }

    /// <summary>Write the structure tree that screen readers use; off saves a third of the writing time.</summary>
    public bool Tagged { get; init; } = true;

    public TextStyle Body => new(new FontFace(SerifFamily), BodySize, TextColor);

    public TextStyle Sans(double size) => new(new FontFace(SansFamily), size, TextColor);

    public TextStyle Heading(int level) =>
        new(new FontFace(SansFamily, Bold: true), HeadingSizes[Math.Clamp(level, 1, HeadingSizes.Count) - 1], TextColor);

    public Size BodySizeOnPage => new(PageSize.Width - MarginLeft - MarginRight, PageSize.Height - MarginTop - MarginBottom);

    public static double Millimetres(double mm) => mm * 72 / 25.4;
}
