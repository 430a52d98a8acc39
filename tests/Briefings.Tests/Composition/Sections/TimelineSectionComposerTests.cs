using Briefings.Common;
using Briefings.Composition.Sections;
using Briefings.Definitions.Sections;
using Xunit;

namespace Briefings.Tests.Composition.Sections;

public sealed class TimelineSectionComposerTests
{
    private static TimelineCandidate Event(int year, int month, int relevance = 1, int source = 1) =>
        new(new PartialDate(year, month), false, $"Something happened in {month}/{year}.", [source], "article", 0, relevance);

    /// <summary>One event a month from January 2019 on.</summary>
    private static List<TimelineCandidate> Monthly(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Event(2019 + i / 12, 1 + i % 12))];

    [Fact]
    public void Choose_KeepsTheNewestEvents_WhenThereAreMoreThanMax()
    {
        var events = Monthly(30);

        var (kept, left, _) = TimelineSectionComposer.Choose(events, max: 9);

        Assert.Equal(9, kept.Count);
        Assert.Equal(21, left.Count);
        Assert.Equal(events[^3..], kept[^3..]);
    }

    [Fact]
    public void Choose_ShowsEveryYearCovered_WhenRoomAllows()
    {
        var events = Monthly(36);

        var (kept, _, _) = TimelineSectionComposer.Choose(events, max: 6);

        Assert.Equal([2019, 2020, 2021], kept.Select(item => item.Date.Year).Distinct().Order());
    }

    [Fact]
    public void Choose_PrefersRelevantEvents_ForTheRowsLeftAfterRecencyAndYears()
    {
        List<TimelineCandidate> events = [.. Monthly(12).Select((item, i) => i == 3 ? item with { Relevance = 9 } : item)];

        var (kept, _, _) = TimelineSectionComposer.Choose(events, max: 3);

        Assert.Contains(events[3], kept);
    }

    [Fact]
    public void Omitted_StatesHowManyAndWhichPeriod_WhenRowsAreLeftOut()
    {
        List<TimelineCandidate> left = [Event(2021, 8), .. Enumerable.Range(0, 10).Select(i => Event(2022, 1 + i % 8)), Event(2022, 9)];

        var note = TimelineSectionComposer.Omitted(left, [Event(2024, 7)]);

        Assert.Equal("12 earlier events, Aug 2021 – Sep 2022, not shown.", note);
        Assert.Null(TimelineSectionComposer.Omitted([], [Event(2024, 7)]));
    }

    [Theory]
    [InlineData("The Emirate on Hamas/Palestine/Israel until October 2023 attacks")]
    [InlineData("Until October 2023, little information was available regarding the relationship between the IEA and Hamas.")]
    [InlineData("While encounters between IEA officials and Hamas have continued since 7 October 2023, there has been no indication of more.")]
    [InlineData("Third, al-Qaeda members have experience in planning attacks such as the September 11, 2001, attacks, he added.")]
    public void StatesAnEvent_IsFalse_ForHeadingsNonEventsAndLeaningSentences(string sentence) =>
        Assert.False(TimelineSectionComposer.StatesAnEvent(sentence));

    [Fact]
    public void StatesAnEvent_IsTrue_ForASentenceReportingWhatHappened() =>
        Assert.True(TimelineSectionComposer.StatesAnEvent("In April 2023, the IEA envoy to Qatar and Haniyeh met at an Iftar celebration in Doha."));

    [Fact]
    public void Shorten_CutsAtAClauseAndNeverInsideAName()
    {
        var sentence = "After the departure of U.S. Forces from Afghanistan in 2021, Ismail Haniyeh phoned Taliban leader Abdul Ghani Baradar, "
            + "who now serves as Afghanistan’s first deputy prime minister, and congratulated him on the end of the U.S. occupation, saying it was "
            + "a prelude to the demise of all occupation forces, foremost of which is the Israeli Occupation Forces Command in Palestine and elsewhere.";

        var shortened = TimelineSectionComposer.Shorten(sentence);

        Assert.True(shortened.Length <= TimelineSectionComposer.MaxEventLength + 2);
        Assert.EndsWith(" …", shortened);
        Assert.DoesNotMatch(@"\p{Lu}\p{L}* …$", shortened);
    }

    [Theory]
    [MemberData(nameof(BriefIds))]
    public void Compose_PrintsNoArticleFootnoteMarks_InAnyRow(string id) =>
        Assert.All(SeedBriefs.Data<TimelineData>(id).Events, row => Assert.DoesNotMatch(@"\[\d+\]", row.Event));

    [Fact]
    public void Compose_KeepsTheNewestEventsAndSaysWhatItLeftOut_WhenTheBriefCapsItsRows()
    {
        var all = SeedBriefs.Data<TimelineData>(SeedBriefs.WithSection("emirate-and-hamas", new TimelineSectionDefinition { From = "2021-08", Max = 500 }));
        var capped = SeedBriefs.Data<TimelineData>(SeedBriefs.WithSection("emirate-and-hamas", new TimelineSectionDefinition { From = "2021-08", Max = 6 }));

        Assert.True(all.Events.Length > 6);
        Assert.Equal(6, capped.Events.Length);
        Assert.Equal((all.Events[^1].IsoDate, all.Events[^1].Event), (capped.Events[^1].IsoDate, capped.Events[^1].Event));
        Assert.Equal("2024", capped.Events[^1].IsoDate[..4]);
        Assert.Matches($@"^{all.Events.Length - 6} earlier events, .+ – .+, not shown\.$", capped.Omitted);
    }

    [Fact]
    public void Compose_CitesEverySourceOnce_WhenSeveralArticlesReportTheSameEvent()
    {
        var rows = SeedBriefs.Data<TimelineData>("emirate-and-hamas").Events;

        // Haniyeh's call to Baradar after the Taliban's return is in two articles ("in 2021", "In August 2021").
        var calls = rows.Where(row => row.Event.Contains("Haniyeh", StringComparison.Ordinal) && row.Event.Contains("Baradar", StringComparison.Ordinal) && row.IsoDate.StartsWith("2021", StringComparison.Ordinal)).ToList();
        Assert.Equal([1, 3], Assert.Single(calls).Sources);
    }

    [Fact]
    public void Compose_LeavesOutRowsAboutAnotherTopic_WhenTheBriefNamesItsOwn()
    {
        var rows = SeedBriefs.Data<TimelineData>("taliban-and-al-qaeda").Events;

        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, row => row.Event.Contains("Hamas", StringComparison.Ordinal) && !Mentions(row.Event, "al-Qaeda"));
    }

    [Fact]
    public void Compose_TakesItsRowsFromTheBriefsLength_WhenTheSectionSetsNoMax()
    {
        var brief = SeedBriefs.WithSection("emirate-and-hamas", new TimelineSectionDefinition());

        var shortBrief = SeedBriefs.Data<TimelineData>(brief with { Length = new Briefings.Definitions.BriefLength(1, 1) }).Events;
        var longBrief = SeedBriefs.Data<TimelineData>(brief with { Length = new Briefings.Definitions.BriefLength(4, 6) }).Events;

        Assert.Equal(new Briefings.Definitions.BriefLength(1, 1).TimelineRows, shortBrief.Length);
        Assert.True(longBrief.Length > shortBrief.Length);
    }

    private static bool Mentions(string text, string name) => SeedBriefs.Corpus.Gazetteer.Find(text).Any(match => match.Entity.Name == name);

    public static TheoryData<string> BriefIds => [.. SeedBriefs.Ids];
}
