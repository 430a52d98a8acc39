using System.Text.RegularExpressions;
using Briefings.Composition.Names;
using Briefings.Composition.Sections;
using Briefings.Composition.Text;
using Briefings.Corpus.Entities;
using Briefings.Definitions.Sections;
using Xunit;

namespace Briefings.Tests.Composition;

/// <summary>What the three briefs of briefs.yaml say, built from the seeds: each defect a reader found once, pinned.</summary>
public sealed class SeedBriefContentTests
{
    public static TheoryData<string> BriefIds => [.. SeedBriefs.Ids];

    [Theory]
    [MemberData(nameof(BriefIds))]
    public void Compose_MakesNoTwoKeyPointsAboutTheSameEvent(string id)
    {
        var points = SeedBriefs.Data<SummaryData>(id).Points;
        var people = points.Select(point => SeedBriefs.Corpus.Gazetteer.Find(point.Text)
            .Where(match => match.Entity.Kind == EntityKinds.Person).Select(match => match.Entity.Name).ToHashSet()).ToList();

        Assert.True(points.Length >= 3);
        for (var i = 0; i < points.Length; i++)
            for (var j = i + 1; j < points.Length; j++)
                Assert.True(people[i].Intersect(people[j]).Count() < 2, $"'{points[i].Text}' and '{points[j].Text}' name the same people");
    }

    [Theory]
    [MemberData(nameof(BriefIds))]
    public void Compose_PicksKeyPointsThatReadAlone(string id) =>
        Assert.All(SeedBriefs.Data<SummaryData>(id).Points, point =>
        {
            Assert.False(RelativeTime.HasRelativeTime(point.Text), $"unanchored time words in '{point.Text}'");
            Assert.Null(StandAlone.Problem(point.Text));
            Assert.True(StandAlone.QuotesBalanced(point.Text), point.Text);
        });

    [Fact]
    public void Compose_DrawsKeyPointsFromSeveralArticles()
    {
        var points = SeedBriefs.Data<SummaryData>("emirate-and-hamas").Points;

        Assert.True(points.SelectMany(point => point.Sources).Distinct().Count() >= 3);
    }

    [Theory]
    [MemberData(nameof(BriefIds))]
    public void Compose_SpellsEveryKnownEntityOneWay(string id)
    {
        var markdown = SeedBriefs.Compose(id).Markdown;

        Assert.Equal(markdown, new NameStyler(SeedBriefs.Corpus.Gazetteer).Style(markdown));
    }

    [Fact]
    public void Compose_NamesASpeakerInFullWithTheRoleTheArticleGives_WhenTheQuoteGivesOnlyASurname()
    {
        var quotes = SeedBriefs.Data<QuotesData>("taliban-and-al-qaeda").Quotes;

        Assert.DoesNotContain(quotes, quote => !quote.Speaker.Contains(' '));
        Assert.Contains(quotes, quote => quote.Speaker == "Hamdullah Mohib" && quote.Role == "Afghan National Security Adviser");
    }

    [Fact]
    public void Compose_NamesEveryAuthor_WhenTheArticleIntroducesAQuotationAsCoWritten()
    {
        var quotes = SeedBriefs.Data<QuotesData>(SeedBriefs.WithSection("emirate-and-hamas", new QuotesSectionDefinition { Max = 100 })).Quotes;

        // "Kabir Taneja and Shivam Shekhawat wrote:" introduces the block quotation.
        var proactive = Assert.Single(quotes, quote => quote.Text.StartsWith("The Taliban has not shown any proactive support", StringComparison.Ordinal));
        Assert.Equal("Kabir Taneja and Shivam Shekhawat", proactive.Speaker);
    }

    [Fact]
    public void Compose_LeavesOutFragmentQuotations_UnlessTheBriefAsksForThem()
    {
        var everything = new QuotesSectionDefinition { Max = 100, MinWords = 4 };
        var whole = SeedBriefs.Data<QuotesData>(SeedBriefs.WithSection("emirate-and-hamas", everything)).Quotes;
        var withFragments = SeedBriefs.Data<QuotesData>(SeedBriefs.WithSection("emirate-and-hamas", everything with { Fragments = true })).Quotes;

        Assert.DoesNotContain(whole, quote => quote.Text.StartsWith('…'));
        Assert.Contains(withFragments, quote => quote.Text.StartsWith("…efforts and sacrifices", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BriefIds))]
    public void Compose_ListsSourcesAsReferencesWithTheSeedOnlyAsProvenance(string id)
    {
        var markdown = SeedBriefs.Compose(id).Markdown;
        var sources = markdown[markdown.IndexOf("## Sources", StringComparison.Ordinal)..].Split('\n').Where(line => Regex.IsMatch(line, @"^\d+\. ")).ToList();

        Assert.DoesNotContain("Seed file", markdown, StringComparison.Ordinal);
        Assert.All(sources, line => Assert.Matches(@"^\d+\. \*\*.+\*\*.*, (undated|\d{1,2} \w+ \d{4})\..* `[^`]+\.(txt|md):\d+` \{#source-\d+\}$", line));
    }

    [Fact]
    public void Compose_DatesTheBriefByTheNewestMaterialItCites()
    {
        var brief = SeedBriefs.Compose("emirate-and-hamas");

        // The newest article is dated 24 July 2024, but another reports Haniyeh's funeral on 4 August 2024.
        Assert.Matches(@"(?m)^date: ""\d{1,2} August 2024""$", brief.Markdown);
        Assert.Matches(@"(?m)^cover_note: ""Covers reporting to \d{1,2} August 2024; [^""]*sources?[^""]*""$", brief.Markdown);
    }
}
