using Briefings.Analysis.Timeline;
using Briefings.Common;
using Xunit;

namespace Briefings.Tests.Analysis;

public sealed class TimelineTests
{
    private static readonly DateOnly Published = new(2024, 7, 24); // a Wednesday

    [Theory]
    [InlineData("The office opened on 31 July 2024 in Doha.", "2024-07-31", false)]
    [InlineData("The deal was signed on Feb. 29, 2020, in Doha.", "2020-02-29", false)]
    [InlineData("The Taliban took Kabul in August 2021.", "2021-08", false)]
    [InlineData("They met again in early October 2022.", "2022-10", true)]
    [InlineData("The militias were formed in 2009.", "2009", false)]
    [InlineData("The minister visited Doha last month.", "2024-06", true)]
    [InlineData("The talks ended yesterday.", "2024-07-23", true)]
    [InlineData("The spokesman spoke on Tuesday.", "2024-07-23", true)]
    [InlineData("The talks resumed last year.", "2023", true)]
    [InlineData("He died on 18 March during the fighting.", "2024-03-18", true)]
    public void Find_ReadsTheDate_AsPreciselyAsTheTextGivesIt(string sentence, string date, bool approximate)
    {
        var found = DateFinder.Find(sentence, yearInForce: 2024, Published);

        Assert.NotNull(found);
        Assert.Equal((date, approximate), (found.Value.Date.ToString(), found.Value.Approximate));
    }

    [Theory]
    [InlineData("More than 2021 fighters were counted.")]
    [InlineData("The group has 900,000 members.")]
    [InlineData("May the talks succeed.")]
    [InlineData("The minister visited Doha last month.")]
    public void Find_GuessesNothing_WithoutAnExplicitDate(string sentence) =>
        Assert.Null(DateFinder.Find(sentence, yearInForce: null, articleDate: null));

    [Fact]
    public void Extract_CarriesTheYearInForce_ToADayWithoutOne()
    {
        var events = EventExtractor.Extract(["The account posted on 20 March 2024. The fighter was killed on 18 March in Rafah."], articleDate: null);

        Assert.Equal(["2024-03-20", "2024-03-18"], events.Select(item => item.Date.ToString()));
        Assert.Equal([false, true], events.Select(item => item.Approximate));
    }

    [Theory]
    [InlineData("2024", "2024")]
    [InlineData("2024-02", "2024-02")]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("2023-02-29", null)]
    [InlineData("24-02", null)]
    [InlineData("2024-13", null)]
    [InlineData("yesterday", null)]
    public void Parse_AcceptsOnlyRealPartialDates(string text, string? expected) =>
        Assert.Equal(expected, PartialDate.Parse(text)?.ToString());

    [Fact]
    public void Display_PrintsThePrecisionTheTextGave() =>
        Assert.Equal(["31 Jul 2024", "Aug 2021", "2009"], new[] { new PartialDate(2024, 7, 31), new PartialDate(2021, 8), new PartialDate(2009) }.Select(date => date.Display()));
}
