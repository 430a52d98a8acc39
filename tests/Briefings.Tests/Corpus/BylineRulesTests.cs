using Briefings.Corpus;
using Xunit;

namespace Briefings.Tests.Corpus;

public sealed class BylineRulesTests
{
    [Theory]
    [InlineData("By Jane Example", "Jane Example", null)]
    [InlineData("By Jane Example/The Media Line", "Jane Example", "The Media Line")]
    [InlineData("By Jane Example and John Sample", "Jane Example|John Sample", null)]
    [InlineData("By Staff, Agencies", "", null)]
    [InlineData("By Jane Example, Reuters", "Jane Example", "Reuters")]
    public void By_GivesThePeopleAndThePublisher_WhenTheLineIsAByline(string line, string authors, string? publisher)
    {
        var byline = BylineRules.By(line);

        Assert.NotNull(byline);
        Assert.Equal(authors.Split('|', StringSplitOptions.RemoveEmptyEntries), byline.Authors);
        Assert.Equal(publisher, byline.Publisher);
    }

    [Theory]
    [InlineData("WION Web Team", "WION")]
    [InlineData("Web Desk", null)]
    [InlineData("Duvar English", "Duvar English")]
    [InlineData("Sample Daily News", "Sample Daily News")]
    [InlineData("Research Directorate, Example Refugee Board", "Example Refugee Board")]
    public void Institutional_NamesThePublisherAndNoAuthor_WhenTheLineIsAMastheadOrADeskByline(string line, string? publisher)
    {
        var byline = BylineRules.Institutional(line);

        Assert.NotNull(byline);
        Assert.Empty(byline.Authors);
        Assert.Equal(publisher, byline.Publisher);
    }

    [Theory]
    [InlineData("Jane Example", true)]
    [InlineData("Introduction", false)]
    [InlineData("Example Times", false)]
    [InlineData("Kabul Bureau Staff", false)]
    public void IsPersonLine_TellsAPersonsNameFromAHeadingOrAnOutlet(string line, bool person) =>
        Assert.Equal(person, BylineRules.IsPersonLine(line));

    [Fact]
    public void Bio_NamesTheAuthorAndTheOutlet_WhenTheBioCallsTheOutletByItsPossessive()
    {
        var bio = BylineRules.Bio("Jane Example is The Times of Israel's diplomatic reporter", []);

        Assert.NotNull(bio);
        Assert.Equal(["Jane Example"], bio.Value.Authors);
        Assert.Equal("The Times of Israel", bio.Value.Publisher);
    }

    [Fact]
    public void Institutional_NamesTheSigner_WhenAPersonSignsForAnOutlet()
    {
        var byline = BylineRules.Institutional("Jane Example, Al Arabiya English");

        Assert.NotNull(byline);
        Assert.Equal(["Jane Example"], byline.Authors);
        Assert.Equal("Al Arabiya English", byline.Publisher);
    }

    [Theory]
    [InlineData("(Reporting by Jane Example Editing by John Sample)", "Jane Example")]
    [InlineData("(Reporting by Jane Example and Ann Other; Editing by John Sample)", "Jane Example|Ann Other")]
    [InlineData("Reporting by Jane Example", "Jane Example")]
    public void ReportingBy_GivesTheReporters_OfAWireTrailer(string line, string reporters) =>
        Assert.Equal(reporters.Split('|'), BylineRules.ReportingBy(line));

    [Theory]
    [InlineData("Officials say a strike killed twelve people. Jane Example reports from Islamabad.", "Jane Example")]
    [InlineData("Officials say the envoy reports from Islamabad every week to the ministry.", null)]
    public void Reporter_NamesTheRadioReporter_OfALead(string paragraph, string? reporter) =>
        Assert.Equal(reporter, BylineRules.Reporter(paragraph));
}
