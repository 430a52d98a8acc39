using System.Collections.Frozen;
using Briefings.Typesetting.Fonts;
using Briefings.Typesetting.Infrastructure;

using static Briefings.Typesetting.Themes.ThemeValues;

namespace Briefings.Typesetting.Themes;

/// <summary>Every key theme.yaml may set, by its dotted path (<c>margins.top</c>), built once.</summary>
internal static class ThemeSettings
{
    private const string Margin = "a length from 0 to 100mm, such as 22mm";
    private const double MaxMargin = 100 * 72 / 25.4 + Tolerance.Points;
    private const string TextSize = "a size in points from 5 to 40";
    private const string Spacing = "a length from 0 to 72pt";
    private const string Colour = "a colour as #rrggbb";

    private static readonly IReadOnlyDictionary<string, TextAlignment> Alignments =
        new Dictionary<string, TextAlignment> { ["justify"] = TextAlignment.Justify, ["left"] = TextAlignment.Left };

    private static readonly IReadOnlyDictionary<string, string> Families =
        BundledFonts.Families.ToDictionary(family => family, family => family);

    public static FrozenDictionary<string, ThemeSetting> All { get; } = new Dictionary<string, ThemeSetting>
    {
        ["page"] = new("A4 or Letter", (theme, node) => theme with { PageSize = PageSize(node) }),
        ["margins"] = new(Margin + " (all four sides)", (theme, node) => AllMargins(theme, Length(node, 0, MaxMargin))),
        ["margins.top"] = new(Margin, (theme, node) => theme with { MarginTop = Length(node, 0, MaxMargin) }),
        ["margins.bottom"] = new(Margin, (theme, node) => theme with { MarginBottom = Length(node, 0, MaxMargin) }),
        ["margins.left"] = new(Margin, (theme, node) => theme with { MarginLeft = Length(node, 0, MaxMargin) }),
        ["margins.right"] = new(Margin, (theme, node) => theme with { MarginRight = Length(node, 0, MaxMargin) }),
        ["fonts.serif"] = new(FamilyChoices(), (theme, node) => theme with { SerifFamily = OneOf(node, Families) }),
        ["fonts.sans"] = new(FamilyChoices(), (theme, node) => theme with { SansFamily = OneOf(node, Families) }),
        ["body.size"] = new(TextSize, (theme, node) => theme with { BodySize = Number(node, 5, 40) }),
        ["body.leading"] = new("a line height in points from 5 to 60", (theme, node) => theme with { BodyLeading = Number(node, 5, 60) }),
        ["body.align"] = new("justify or left", (theme, node) => theme with { BodyAlignment = OneOf(node, Alignments) }),
        ["body.paragraph_spacing"] = new(Spacing, (theme, node) => theme with { ParagraphSpacing = Length(node, 0, 72) }),
        ["headings.sizes"] = new("a list of 1 to 4 sizes in points from 5 to 40, for levels 1 to 4",
            (theme, node) => theme with { HeadingSizes = Numbers(node, 4, 5, 40) }),
        ["headings.space_above"] = new(Spacing, (theme, node) => theme with { HeadingSpaceAbove = Length(node, 0, 72) }),
        ["headings.space_below"] = new(Spacing, (theme, node) => theme with { HeadingSpaceBelow = Length(node, 0, 72) }),
        ["title.size"] = new(TextSize, (theme, node) => theme with { TitleSize = Number(node, 5, 40) }),
        ["title.subtitle_size"] = new(TextSize, (theme, node) => theme with { SubtitleSize = Number(node, 5, 40) }),
        ["small_size"] = new(TextSize, (theme, node) => theme with { SmallSize = Number(node, 5, 40) }),
        ["quotes.attribution_size"] = new(TextSize, (theme, node) => theme with { QuoteAttributionSize = Number(node, 5, 40) }),
        ["quotes.indent"] = new(Spacing, (theme, node) => theme with { QuoteIndent = Length(node, 0, 72) }),
        ["lists.indent"] = new(Spacing, (theme, node) => theme with { ListIndent = Length(node, 0, 72) }),
        ["tables.size"] = new(TextSize, (theme, node) => theme with { TableTextSize = Number(node, 5, 40) }),
        ["tables.leading"] = new("a line height in points from 5 to 60", (theme, node) => theme with { TableLeading = Number(node, 5, 60) }),
        ["tables.padding"] = new("a length from 0 to 20pt", (theme, node) => theme with { TableCellPadding = Length(node, 0, 20) }),
        ["tables.zebra"] = new("true or false", (theme, node) => theme with { TableZebra = Flag(node) }),
        ["colors.text"] = new(Colour, (theme, node) => theme with { TextColor = Color(node) }),
        ["colors.muted"] = new(Colour, (theme, node) => theme with { MutedColor = Color(node) }),
        ["colors.accent"] = new(Colour, (theme, node) => theme with { AccentColor = Color(node) }),
        ["colors.panel"] = new(Colour, (theme, node) => theme with { PanelColor = Color(node) }),
        ["colors.zebra"] = new(Colour, (theme, node) => theme with { ZebraColor = Color(node) }),
        ["colors.rule"] = new(Colour, (theme, node) => theme with { RuleColor = Color(node) }),
        ["tagged"] = new("true or false", (theme, node) => theme with { Tagged = Flag(node) }),
        ["pdf_a"] = new("true or false", (theme, node) => theme with { PdfA = Flag(node) }),
        ["marking"] = new("a line of text such as OFFICIAL", (theme, node) => theme with { BandText = Text(node) }),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static Theme AllMargins(Theme theme, double margin) =>
        theme with { MarginTop = margin, MarginBottom = margin, MarginLeft = margin, MarginRight = margin };

    private static string FamilyChoices() => "one of the bundled families: " + string.Join(", ", BundledFonts.Families);
}
