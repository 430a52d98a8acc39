using Briefings.Testing;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests.Themes;

public sealed class ThemeLoaderTests
{
    private const string Sample = "---\ntitle: Theme check\nmarking: Official\n---\n# Heading\n\nBody text that is long enough to wrap across a line or two of the page, so that leading and alignment show in the dump.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n";

    [Fact]
    public void Load_GivesTheHouseDefaults_ForTheShippedThemeFile()
    {
        var theme = ThemeLoader.Load(RepositoryRoot.File("templates", "theme.yaml"));

        Assert.Equal(Dump(Theme.Default), Dump(theme));
    }

    [Fact]
    public void Parse_SetsLetterPaperMarginsAndColours()
    {
        var theme = ThemeLoader.Parse("page: letter\nmargins: 1in\ncolors:\n  accent: '#AA0000'\nbody:\n  align: left\ntables: { zebra: false }\n", "theme.yaml");

        Assert.Equal(PageSizes.Letter, theme.PageSize);
        Assert.Equal([72.0, 72, 72, 72], [theme.MarginTop, theme.MarginBottom, theme.MarginLeft, theme.MarginRight]);
        Assert.Equal(new Rgb(0xAA, 0, 0), theme.AccentColor);
        Assert.Equal(TextAlignment.Left, theme.BodyAlignment);
        Assert.False(theme.TableZebra);
        var page = Assert.Single(new Typesetter(theme).Typeset("Hello.").Pages);
        Assert.Equal(PageSizes.Letter, page.PageSize);
    }

    [Fact]
    public void Parse_GivesTheDefaults_ForAnEmptyFile() => Assert.Same(Theme.Default, ThemeLoader.Parse("# nothing set\n", "theme.yaml"));

    [Theory]
    [InlineData("page: A5\n", "theme.yaml:1:7: page must be A4 or Letter; 'A5' is not one of the choices.")]
    [InlineData("body:\n  size: huge\n", "theme.yaml:2:9: body.size must be a size in points from 5 to 40; 'huge' is not a number.")]
    [InlineData("body:\n  size: 400\n", "theme.yaml:2:9: body.size must be a size in points from 5 to 40; '400' is out of range.")]
    [InlineData("margins:\n  top: 2 furlongs\n", "theme.yaml:2:8: margins.top must be a length from 0 to 100mm, such as 22mm; '2 furlongs' is not a length.")]
    [InlineData("colors:\n  text: red\n", "theme.yaml:2:9: colors.text must be a colour as #rrggbb; 'red' is not a colour.")]
    [InlineData("fonts:\n  serif: Comic Sans\n", "theme.yaml:2:10: fonts.serif must be one of the bundled families: Noto Serif, Noto Sans; 'Comic Sans' is not one of the choices.")]
    [InlineData("headings:\n  sizes: 12\n", "theme.yaml:2:10: headings.sizes must be a list of 1 to 4 sizes in points from 5 to 40, for levels 1 to 4; expected a list of 1 to 4 numbers.")]
    [InlineData("body:\n  colour: red\n", "theme.yaml:2:3: 'body.colour' is not a theme setting;")]
    [InlineData("body:\n  sise: 11\n", "theme.yaml:2:3: 'body.sise' is not a theme setting (did you mean 'body.size'?);")]
    [InlineData("margin:\n  top: 20mm\n", "theme.yaml:1:1: 'margin' is not a theme setting (did you mean 'margins'?);")]
    [InlineData("page: [A4\n", "theme.yaml:2:1: the theme is not valid YAML:")]
    [InlineData("- A4\n", "theme.yaml:1:1: the theme must be a mapping")]
    [InlineData("margins: 95mm\n", "theme.yaml:1:1: the margins leave less than 2 inches")]
    [InlineData("body:\n  size: 12\n  leading: 10\n", "theme.yaml:1:1: body.leading (10pt) is smaller than body.size (12pt)")]
    public void Parse_RefusesABadValue_WithFileLineColumnAndWhatIsAccepted(string yaml, string expected)
    {
        var error = Assert.Throws<TypesettingException>(() => ThemeLoader.Parse(yaml, "theme.yaml"));

        Assert.StartsWith(expected, error.Located());
    }

    /// <summary>Every drawn item, with its position, font, size and colour.</summary>
    private static List<FrameItem> Dump(Theme theme) => [.. new Typesetter(theme).Typeset(Sample).Pages.SelectMany(page => page.Items)];
}
