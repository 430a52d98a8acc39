using Briefings.Corpus;
using Xunit;

namespace Briefings.Tests.Corpus;

/// <summary>The header zone, metadata and body lines of small synthetic articles, one page shape each.</summary>
public sealed class ArticleParserTests
{
    private const string First = "Officials in the northern province said on Tuesday that the new mountain road would finally open to traffic early next month.";
    private const string Second = "The project was delayed for two years by funding problems, the governor's office said.";

    private static ParsedArticle Parse(params string[] lines)
    {
        var (article, warning) = ArticleParser.Parse(new RawArticle("test.txt", 1, [.. lines]));
        Assert.Null(warning);
        return article!;
    }

    [Fact]
    public void Parse_ReadsAWireStory_WithStandfirstAboveItsDateline()
    {
        var article = Parse("Road to open next month", "", "The governor called the road a lifeline.", "", "HERAT, Afghanistan (AP) -- " + First, "", Second);

        Assert.Equal("HERAT, Afghanistan", article.Dateline);
        Assert.Equal("Associated Press", article.Publisher);
        Assert.Empty(article.Authors);
        Assert.Equal([First, Second], article.Paragraphs);
        Assert.Equal([HeaderLineKind.Standfirst], article.Header.Select(line => line.Kind));
    }

    [Theory]
    [InlineData("LONDON (AP) --", "LONDON", "Associated Press")]
    [InlineData("CAIRO (Reuters) -", "CAIRO", "Reuters")]
    [InlineData("Kabul, Afghanistan (AFP):", "Kabul, Afghanistan", "AFP")]
    public void Parse_ReadsPlaceAndAgency_FromADatelineOnALineOfItsOwn(string line, string place, string publisher)
    {
        var article = Parse("Road to open next month", "", line, "", First, "", Second);

        Assert.Equal(place, article.Dateline);
        Assert.Equal(publisher, article.Publisher);
        Assert.Empty(article.Authors);
        Assert.Equal([First, Second], article.Paragraphs);
    }

    [Theory]
    [InlineData("The Kabul Times", "The Kabul Times")]
    [InlineData("Reuters", "Reuters")]
    public void Parse_TakesASignOffGluedToTheLastSentence_AsPublisher(string signOff, string publisher)
    {
        var article = Parse("Road to open next month", "", First, "", Second + " " + signOff);

        Assert.Equal(publisher, article.Publisher);
        Assert.Equal([First, Second + " " + signOff], article.Paragraphs);
    }

    [Fact]
    public void Parse_NamesNoPublisher_WhenTheLastWordsAreNoOutlet()
    {
        var article = Parse("Road to open next month", "", First, "", Second + " Thank You");

        Assert.Null(article.Publisher);
    }

    [Fact]
    public void Parse_TakesAgencyAndDateFromASourceLine_AndLeavesItOutOfTheBody()
    {
        var article = Parse("Road to open next month", "Source: Xinhua| 2021-03-04 10:11:12|Editor: someone", First, Second);

        Assert.Equal(["Xinhua"], article.Authors);
        Assert.Equal("Xinhua", article.Publisher);
        Assert.Equal(new DateOnly(2021, 3, 4), article.Date);
        Assert.Equal([First, Second], article.Paragraphs);
    }

    [Fact]
    public void Parse_ReadsAPlaceGluedToAnUpdatedLine_AndAGenericBylineAsNoAuthor()
    {
        var article = Parse("Road to open next month", "WION Web Team", "HeratUpdated: Mar 04, 2021, 06:17 PM IST", "Story highlights", "The road will open next month", First, Second);

        Assert.Empty(article.Authors);
        Assert.Equal("WION", article.Publisher);
        Assert.Equal("Herat", article.Dateline);
        Assert.Equal(new DateOnly(2021, 3, 4), article.Date);
        Assert.Equal([First, Second], article.Paragraphs);
        Assert.Equal(HeaderLineKind.KeyPoint, article.Header[^1].Kind);
    }

    [Fact]
    public void Parse_GivesAMonthPrecisionDate_WhenTheHeaderWritesOnlyAMonth()
    {
        var article = Parse("Road to open next month", "March 2019", First);

        Assert.Equal(new DateOnly(2019, 3, 1), article.Date);
        Assert.True(article.DateIsMonth);
    }

    [Fact]
    public void Parse_GivesNoDate_WhenTheHeaderDateHasNoYear()
    {
        var article = Parse("Road to open next month", "Cairo, May 21", First);

        Assert.Null(article.Date);
        Assert.Equal("Cairo", article.Dateline);
        Assert.Equal([First], article.Paragraphs);
    }

    [Fact]
    public void Parse_KeepsADekWithoutClosingPunctuation_AndCaptionsOutOfTheBody()
    {
        var article = Parse(
            "Road to open next month", "Governor says the delayed project will finally connect the two valleys",
            "Workers pave the road near the city, March 2, 2024. (Jane Example/Flash90)", First, Second);

        Assert.Equal([First, Second], article.Paragraphs);
        Assert.Equal(["Workers pave the road near the city, March 2, 2024. (Jane Example/Flash90)"], article.Captions);
        Assert.Equal([HeaderLineKind.Standfirst, HeaderLineKind.Caption], article.Header.Select(line => line.Kind));
    }

    [Fact]
    public void Parse_ReadsAnAuthorFromABioLine_AndThePublisherFromIt()
    {
        var article = Parse("Road to open next month", "A dek that sums the story up for readers in one line", "Jane Example is The Times of Israel's diplomatic reporter", First, Second);

        Assert.Equal(["Jane Example"], article.Authors);
        Assert.Equal("The Times of Israel", article.Publisher);
        Assert.Equal([First, Second], article.Paragraphs);
    }

    [Fact]
    public void Parse_KeepsASubheadingUnderAByline_InTheBody()
    {
        var article = Parse("Road to open next month", "Jane Example", "Introduction", First);

        Assert.Equal(["Jane Example"], article.Authors);
        Assert.Equal(["Introduction", First], article.Paragraphs);
    }

    [Fact]
    public void Parse_DropsTeasersAndTheSiteFurnitureAfterTheLastParagraph_ButReadsThePublisherThere()
    {
        var article = Parse(
            "Road to open next month", First, "Read more: Another story about roads", Second, "Related Articles", "Another headline about something else entirely",
            "About Example Daily", "Copyright © 2021 Example Daily. All Rights Reserved.");

        Assert.Equal([First, Second], article.Paragraphs);
        Assert.Equal("Example Daily", article.Publisher);
    }

    [Fact]
    public void Parse_DropsAHeadingThatEndsTheText()
    {
        var article = Parse("Road to open next month", First, Second, "Link aid to rights");

        Assert.Equal([First, Second], article.Paragraphs);
    }

    [Fact]
    public void Parse_PrefersTheWireAgency_OverTheSiteThatReprintsIt()
    {
        var article = Parse("Road to open next month", "KABUL (Reuters) -- " + First, Second, "Copyright © 2021 Example Daily. All Rights Reserved.");

        Assert.Equal("Reuters", article.Publisher);
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void Parse_KeepsBulletsOfTheBody_InTheBody()
    {
        var article = Parse("Road to open next month", "Jane Example", First, "The works included:", "• a bridge over the river;", "• two tunnels.");

        Assert.Equal([First, "The works included:", "• a bridge over the river;", "• two tunnels."], article.Paragraphs);
    }

    [Fact]
    public void Parse_ReadsADatelineOnALineOfItsOwn()
    {
        var article = Parse("Road to open next month", "Jane Example", "March 4, 2021", "HERAT:", First, Second);

        Assert.Equal("HERAT", article.Dateline);
        Assert.Equal(["Jane Example"], article.Authors);
        Assert.Equal([First, Second], article.Paragraphs);
    }

    [Fact]
    public void Parse_FindsNoDateline_InATranscriptsSpeakerLabels()
    {
        var article = Parse("Road to open next month", "HOST: " + First, "GUEST: " + Second, "HOST: Thank you for joining us on the programme this morning, it was good to have you.");

        Assert.Null(article.Dateline);
        Assert.StartsWith("HOST: ", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TakesTheWireFromABareSignOff_AndTheReportersFromATrailer()
    {
        var article = Parse("Road to open next month", First, Second, "(Reporting by Jane Example; Editing by John Sample)", "Reuters");

        Assert.Equal("Reuters", article.Publisher);
        Assert.Equal(["Jane Example"], article.Authors);
        Assert.Equal([First, Second], article.Paragraphs);
    }

    [Fact]
    public void Parse_PrefersASignedByline_OverABareNameLine()
    {
        var article = Parse("Road to open next month", "Photo Alt Text", "Jane Example, Example Daily News", First);

        Assert.Equal(["Jane Example"], article.Authors);
        Assert.Equal("Example Daily News", article.Publisher);
    }
}
