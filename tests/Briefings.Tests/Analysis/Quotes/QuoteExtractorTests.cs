using System.Collections.Immutable;
using Briefings.Analysis.Quotes;
using Briefings.Corpus.Entities;
using Xunit;

namespace Briefings.Tests.Analysis.Quotes;

public sealed class QuoteExtractorTests
{
    private static readonly Gazetteer Gazetteer = new(
    [
        new EntityDefinition { Name = "Zabihullah Mujahid", Kind = EntityKinds.Person, Role = "Taliban spokesman", Aliases = ["Mujahid", "Mujahed"] },
        new EntityDefinition { Name = "Taliban", Kind = EntityKinds.Organisation, Aliases = ["Taleban"] },
    ]);

    private static ImmutableArray<Quote> Extract(params string[] paragraphs) => new QuoteExtractor(Gazetteer).Extract(paragraphs);

    [Theory]
    [InlineData("“We will not allow anyone to use our soil against others,” said Mujahid.")]
    [InlineData("“We will not allow anyone to use our soil against others,” Mujahid said on Tuesday.")]
    [InlineData("Mujahid said: “We will not allow anyone to use our soil against others.”")]
    [InlineData("Mujahid told reporters in Kabul: “We will not allow anyone to use our soil against others.”")]
    [InlineData("Taliban spokesman Zabihullah Mujahid stressed that “we will not allow anyone to use our soil against others.”")]
    [InlineData("The group would respect the deal and “will not allow anyone to use our soil against others,” according to Mujahed.")]
    [InlineData("In Mujahid’s view, “we will not allow anyone to use our soil against others.”")]
    public void Extract_FindsTheSpeaker_ForEachAttributionPattern(string paragraph)
    {
        var quote = Assert.Single(Extract(paragraph));

        Assert.Equal("Zabihullah Mujahid", quote.Speaker);
        Assert.Contains("use our soil against others", quote.Text);
    }

    [Fact]
    public void Extract_ResolvesAPronoun_ToTheLastPersonOnStage()
    {
        var quotes = Extract(
            "Haroun Rahimi, an Afghan academic, has followed the talks for years.",
            "“The movement wants as many diplomatic contacts as it can get,” he said.");

        var quote = Assert.Single(quotes);
        Assert.Equal(("Haroun Rahimi", "Afghan academic"), (quote.Speaker, quote.Role));
    }

    [Fact]
    public void Extract_KeepsANameWithAnInnerCapital_Whole()
    {
        var quote = Assert.Single(Extract(
            "Politicians such as the Chairman of the US House Foreign Affairs Committee, Republican Michael McCaul, told VoA that he had seen "
            + "“indications that the Taliban want to come.”"));

        Assert.Equal("Michael McCaul", quote.Speaker);
        Assert.EndsWith("Chairman of the US House Foreign Affairs Committee", quote.Role);
    }

    [Fact]
    public void Extract_TakesThePersonDescribed_NotTheNameThatEndsTheDescription_BeforeAColon()
    {
        var quote = Assert.Single(Extract(
            "The statement differs, as pointed out by Shujauddin Amini, an author for the US-based Afghan news website Hasht-e Subh: "
            + "“The Taliban did not call Hamas a liberation movement.”"));

        Assert.Equal("Shujauddin Amini", quote.Speaker);
        Assert.Equal("author for the US-based Afghan news website Hasht-e Subh", quote.Role);
    }

    /// <summary>The seeds' "In Colonel Payne’s estimation, “…” … “…,” he said": both quotations are his, not the last speaker's.</summary>
    [Fact]
    public void Extract_TakesTheSpeakerOfAnInTheirViewQuotation_AsTheOneAPronounThenMeans()
    {
        var quotes = Extract(
            "“It meant having the power to settle scores,” Akhtar Mohammad said.",
            "In Colonel Kenneth Payne’s estimation, “things went very well for a while.” But his deployment ended soon after "
            + "Mr. Omar’s militia began and the area “had a hard time after we left,” he said.");

        Assert.Equal(["Akhtar Mohammad", "Kenneth Payne", "Kenneth Payne"], quotes.Select(quote => quote.Speaker));
    }

    [Fact]
    public void Extract_CarriesTheSpeaker_IntoTheNextSentenceAndParagraph()
    {
        var quotes = Extract(
            "“Political leaders gave up and fled the country,” Mr. Biden said. “The Afghan military collapsed without a fight.”",
            "“And the rest of the story is well known to everyone here,");

        Assert.Equal(3, quotes.Length);
        Assert.All(quotes, quote => Assert.Equal("Biden", quote.Speaker));
    }

    [Fact]
    public void Extract_TakesABlockQuotation_IntroducedByAColon()
    {
        var quotes = Extract(
            "In a statement on Sunday, the spokesman Zabihullah Mujahid wrote:",
            "The Islamic Emirate will not interfere in the internal affairs of other countries and expects the same.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Zabihullah Mujahid", quote.Speaker);
        Assert.StartsWith("The Islamic Emirate will not interfere", quote.Text);
    }

    [Theory]
    [InlineData("He lauded Turkey as a “close friend” of the movement.")]
    [InlineData("The strike was widely seen as “a blatant violation of diplomatic norms and a provocation.”")]
    [InlineData("Mujahid called the report “inaccurate.”")]
    public void Extract_LeavesOut_ScareQuotesAndUnattributedOnes(string paragraph) =>
        Assert.Empty(Extract(paragraph));

    [Fact]
    public void Extract_UsesTheFullName_ThatTheArticleGaveEarlier()
    {
        var quotes = Extract(
            "In response, Haider Jafari, a local Shiite leader, said he had no choice.",
            "“We went directly to the governor, and he could not do anything,” Mr. Jafari said.");

        Assert.Equal("Haider Jafari", Assert.Single(quotes).Speaker);
    }
}
