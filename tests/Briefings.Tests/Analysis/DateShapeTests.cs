using Briefings.Analysis.Timeline;
using Xunit;

namespace Briefings.Tests.Analysis;

/// <summary>The shapes of date expressions in news text, one synthetic sentence each (issue 16).</summary>
public sealed class DateShapeTests
{
    private static string[] Dates(string sentence, int? yearInForce = null, DateOnly? articleDate = null) =>
        [.. DateFinder.FindAll(sentence, yearInForce, articleDate).Select(found => found.Date.ToString())];

    private static string[] Events(DateOnly? articleDate, params string[] paragraphs) =>
        [.. EventExtractor.Extract(paragraphs, articleDate).Select(item => item.Date.ToString())];

    [Theory]
    [InlineData("The regime fell in late 2001 after the Sept. 11, 2001 attacks.", new[] { "2001", "2001-09-11" })]
    [InlineData("The deal of February 29, 2020 set a withdrawal by summer 2021 and ended the post-2001 order.", new[] { "2020-02-29", "2021", "2001" })]
    [InlineData("Violence has grown since 2022, and in 2025 alone it doubled.", new[] { "2022", "2025" })]
    [InlineData("The study covers attacks from 2007 to 2023 in the tribal districts.", new[] { "2007", "2023" })]
    [InlineData("He was the UN's chief from 1995-2003 and later an envoy.", new[] { "1995", "2003" })]
    [InlineData("Violence fell between 2001 and 2021, the report said.", new[] { "2001", "2021" })]
    public void FindAll_FindsEveryDate_WhenASentenceHoldsSeveral(string sentence, string[] expected) =>
        Assert.Equal(expected, Dates(sentence));

    [Theory]
    [InlineData("The group was formed in 2007.", "2007", false)]
    [InlineData("Troops moved in October 2007.", "2007-10", false)]
    [InlineData("Fighting has grown since October of 2007.", "2007-10", false)]
    [InlineData("The regime fell in late 2001.", "2001", true)]
    [InlineData("Forces leave by summer 2021.", "2021", true)]
    [InlineData("Attacks rose from mid-2014.", "2014", true)]
    [InlineData("Women gained most from the post-2001 order.", "2001", true)]
    [InlineData("He called for a return to pre-1967 borders.", "1967", true)]
    [InlineData("The attacks of Sept. 11, 2001 changed everything.", "2001-09-11", false)]
    [InlineData("The city fell on the 15th of August 2021.", "2021-08-15", false)]
    [InlineData("Monday, 1 October 2007", "2007-10-01", false)]
    [InlineData("Talks resumed after 2021.", "2021", false)]
    [InlineData("The Durand Line is the 1893 British-mandated border.", "1893", false)]
    [InlineData("The Taliban broke the terms of the 2020 Doha agreement.", "2020", false)]
    public void FindAll_ReadsTheDate_AtThePrecisionWritten(string sentence, string date, bool approximate)
    {
        var found = Assert.Single(DateFinder.FindAll(sentence, yearInForce: null, articleDate: null));

        Assert.Equal((date, approximate), (found.Date.ToString(), found.Approximate));
    }

    [Fact]
    public void FindAll_KeepsTheExpressionAsWritten_WhenItFindsADate()
    {
        const string sentence = "Canada listed the group in July 2011 and the UAE on 16 Nov. 2014.";

        Assert.Equal(["July 2011", "16 Nov. 2014"], DateFinder.FindAll(sentence, null, null).Select(found => found.In(sentence)));
    }

    [Fact]
    public void Extract_TakesTheArticlesYear_WhenTheYearInForceIsHistorical() =>
        Assert.Equal(["2001-09-11", "2021-04-16"],
            Events(new DateOnly(2021, 5, 3), "The attacks of September 11, 2001 began the war. On April 16 the envoy met the Taliban."));

    [Fact]
    public void Extract_KeepsTheYearInForce_WhenItIsNearTheArticlesYear() =>
        Assert.Equal(["2023-12-28", "2023-12-30"],
            Events(new DateOnly(2024, 1, 10), "The strike of 28 December 2023 killed five.", "On 30 December, three more died."));

    [Fact]
    public void Extract_TakesTheYearBefore_WhenTheDayWouldLieMonthsAfterTheArticle() =>
        Assert.Equal(["2023-12-28"], Events(new DateOnly(2024, 1, 5), "The strike on December 28 killed five."));

    [Fact]
    public void Extract_ChoosesTheYearTheWeekdayAgreesWith_WhenAWeekdayIsGiven() =>
        Assert.Equal(["2001-09-11", "2021-04-27"],
            Events(new DateOnly(2021, 5, 3), "The war began after September 11, 2001. The envoy arrived last Tuesday (April 27) in Doha."));

    [Fact]
    public void FindAll_FindsNoDate_WhenTheWeekdayAgreesWithNoYearInView() =>
        Assert.Empty(Dates("The envoy arrived on Friday, April 27.", yearInForce: 2021, articleDate: new DateOnly(2021, 5, 3)));

    [Theory]
    [InlineData("Resolution 2615 (2021) was adopted.", new string[0])]
    [InlineData("Police counted 2021 of them.", new string[0])]
    public void FindAll_FindsNoDate_WhenANumberStandsWithoutADateWord(string sentence, string[] expected) =>
        Assert.Equal(expected, Dates(sentence));

    [Theory]
    [InlineData("The talks resume on April 21.")]
    [InlineData("The talks resumed last August.")]
    [InlineData("The talks resumed last month.")]
    public void Extract_MakesNoEvent_WhenADayHasNoAnchoringYear(string sentence) =>
        Assert.Empty(Events(articleDate: null, sentence));

    [Theory]
    [InlineData("The TTP was formed in 2007 (Mapping Militant Organizations 6 Aug. 2017; US 1 Nov. 2019, 328).", new[] { "2007" })]
    [InlineData("Sources call it an alliance of groups (UN 3 Feb. 2015) or an umbrella (Australia 20 Feb. 2019, para. 2.84).", new string[0])]
    [InlineData("The UAE listed the TTP in 2014 (Gulf News 16 Nov. 2014; WAM 16 Nov. 2014).", new[] { "2014" })]
    [InlineData("ISLAMABAD, (UrduPoint / Pakistan Point News - 20th Mar, 2025) The minister spoke.", new string[0])]
    public void FindAll_SkipsTheDatesOfCitations_WhenASourceNameComesBeforeThem(string sentence, string[] expected) =>
        Assert.Equal(expected, Dates(sentence));

    [Theory]
    [InlineData("The deal (signed on 29 February 2020) still holds.", "2020-02-29")]
    [InlineData("A ceremony marked the anniversary (28 April 1992) in Kabul.", "1992-04-28")]
    [InlineData("The envoy (Reuters reported) met them in 2019 (in Doha).", "2019")]
    public void FindAll_KeepsADateInParentheses_WhenNoSourceIsNamedBeforeIt(string sentence, string expected) =>
        Assert.Equal([expected], Dates(sentence));
}
