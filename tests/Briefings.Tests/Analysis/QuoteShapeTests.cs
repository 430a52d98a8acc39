using System.Collections.Immutable;
using Briefings.Analysis.Quotes;
using Briefings.Corpus.Entities;
using Xunit;

namespace Briefings.Tests.Analysis;

/// <summary>One small synthetic article per shape of attribution the extractor must read (none copied from a corpus).</summary>
public sealed class QuoteShapeTests
{
    private static ImmutableArray<Quote> Extract(params string[] paragraphs) => new QuoteExtractor(Gazetteer.Empty).Extract(paragraphs);

    private static Quote Single(string opening, params string[] paragraphs) =>
        Assert.Single(Extract(paragraphs), quote => quote.Text.StartsWith(opening, StringComparison.Ordinal));

    [Theory]
    [InlineData("“The border will stay open for traders and families alike,” Karim Nazari insisted.")]
    [InlineData("“The border will stay open for traders and families alike,” Karim Nazari tweeted on Friday.")]
    [InlineData("“The border will stay open for traders and families alike,” warned Karim Nazari.")]
    [InlineData("Karim Nazari went on to say: “The border will stay open for traders and families alike.”")]
    [InlineData("Karim Nazari, for example, wrote: “The border will stay open for traders and families alike.”")]
    [InlineData("Karim Nazari has, meanwhile, said: “The border will stay open for traders and families alike.”")]
    [InlineData("Provincial spokesman Karim Nazari in a video message, appealed to traders to “keep the border open for traders and families alike.”")]
    public void Extract_NamesTheSpeaker_ForSpeechVerbsOfTheLexicon(string paragraph) =>
        Assert.Equal("Karim Nazari", Single("", paragraph).Speaker);

    [Fact]
    public void Extract_ResolvesADescription_ToThePersonNamedWithThatRole()
    {
        var quote = Single("We will not", "Provincial spokesman Karim Nazari said on Monday that the border was closed.", "“We will not reopen it before the talks are over,” the spokesman said.");

        Assert.Equal(("Karim Nazari", "Provincial spokesman"), (quote.Speaker, quote.Role));
    }

    [Fact]
    public void Extract_PrintsTheDescription_WhenNoOneWasNamedWithThatRole() =>
        Assert.Equal("intelligence official", Single("Many states", "“Many states are in contact with us every single day,” the intelligence official said.").Speaker);

    [Fact]
    public void Extract_GivesABodysStatement_ToTheBody() =>
        Assert.Equal("Foreign Office", Single("We call on", "“We call on both sides to show restraint at the border,” the Foreign Office statement added.").Speaker);

    [Fact]
    public void Extract_ResolvesIt_ToTheLastBodyThatSpoke()
    {
        var quote = Single("Three suspects", "The Counter Narcotics Department said on Tuesday that the raids went on all week.", "“Three suspects were arrested near the river crossing,” it said.");

        Assert.Equal("Counter Narcotics Department", quote.Speaker);
    }

    [Fact]
    public void Extract_ResolvesHeAdded_ToTheLastPersonWhoSpoke() =>
        Assert.Equal("Karim Nazari", Single("the border", "Karim Nazari spoke to reporters in Torkham.", "He added, “the border will open again on Monday morning.”").Speaker);

    [Fact]
    public void Extract_GivesBothHalvesOfASplitQuotation_ToItsSpeaker()
    {
        var quotes = Extract("“We are ready to talk to anyone,” Karim Nazari said, “but only when the fighting has stopped for good.”");

        Assert.Equal(["Karim Nazari", "Karim Nazari"], quotes.Select(quote => quote.Speaker));
    }

    [Theory]
    [InlineData("Karim Nazari said the ceasefire was “a first step towards a lasting peace” and would hold.")]
    [InlineData("Karim Nazari made no comment on the fighting, and said the ceasefire was “a first step towards a lasting peace”.")]
    public void Extract_GivesAPartialQuotation_ToTheSpeakerOfItsSentence(string paragraph) =>
        Assert.Equal("Karim Nazari", Single("a first step", paragraph).Speaker);

    [Fact]
    public void Extract_ResolvesAParentheticalPronoun_InTheQuotationsSentence() =>
        Assert.Equal("Lena Haddad", Single("more pragmatic", "Lena Haddad briefed the council on Monday.", "The first camp, she said, is “more pragmatic than anyone had expected”.").Speaker);

    [Fact]
    public void Extract_KeepsANestedQuotation_InsideItsQuotation()
    {
        var quote = Assert.Single(Extract("“They told us ‘leave the city now or face the consequences’ and so we left,” said Karim Nazari."));

        Assert.Contains("‘leave the city now", quote.Text);
    }

    [Fact]
    public void Extract_TakesTheFirstSentence_OfAQuotationNeverClosed()
    {
        var quote = Assert.Single(Extract(
            "“The attackers were caught on camera near the gate. Police are still searching for them, according to the Interior Ministry.",
            "The gate was closed for the day."));

        Assert.Equal(("The attackers were caught on camera near the gate.", "Interior Ministry"), (quote.Text, quote.Speaker));
    }

    [Fact]
    public void Extract_GivesRelayedWords_ToTheirAuthor_NotTheSourceThatRelays() =>
        Assert.Equal("Amir Muttaqi", Single("support of", "According to the agency, Amir Muttaqi appreciated the “support of the neighbouring countries in hard times”.").Speaker);

    [Fact]
    public void Extract_NeverTakesALanguage_ForTheSpeaker() =>
        Assert.Equal("Dana Cohen", Single("We will not stop", "Dana Cohen spoke in Hebrew at the rally.", "“We will not stop until every hostage is home,” she said.").Speaker);

    [Fact]
    public void Extract_ResolvesASurname_ToTheFullNameTheArticleGave() =>
        Assert.Equal("Karim Nazari", Single("The border", "Karim Nazari visited the crossing on Monday.", "“The border will stay open for all traders,” Nazari said.").Speaker);

    [Fact]
    public void Extract_ContinuesTheSpeaker_IntoAWholeParagraphQuotation() =>
        Assert.Equal("Karim Nazari", Single("And we will", "“We opened the border this morning,” Karim Nazari said.", "“And we will keep it open for as long as it takes.”").Speaker);

    [Fact]
    public void Extract_LeavesOut_ASectionHeadingInQuoteMarks() =>
        Assert.DoesNotContain(Extract("“We opened the border this morning,” Karim Nazari said.", "“Trade remains the only way forward”"), quote => quote.Text.StartsWith("Trade", StringComparison.Ordinal));

    [Fact]
    public void Extract_GivesAQuotation_ToTheSourceCitedInBrackets() =>
        Assert.Equal("Long War Journal", Single("an alliance", "Sources describe the group as “an alliance of several militant groups” (Long War Journal 3 Feb. 2015).").Speaker);

    [Fact]
    public void Extract_GivesTheQuotation_ToTheNameBeforeAnAppositiveLeftOpen() =>
        Assert.Equal("Chris Hughes", Single("it is a bit", "Chris Hughes, a friend of victim Tom Smith said, “it is a bit of a circus out here today.”").Speaker);

    [Fact]
    public void Extract_EndsTheRole_BeforeARelativeClause()
    {
        var quote = Single("It is true", "In an interview, Karim Nazari, a rebel spokesman who is believed to be hiding in the south, admitted the losses. “It is true we are under pressure,” the spokesman said.");

        Assert.Equal(("Karim Nazari", "rebel spokesman"), (quote.Speaker, quote.Role));
    }

    [Theory]
    [InlineData("After the army took Swat Valley, the group's spokesman Karim Nazari said “we will rebuild every road in the valley.”")]
    [InlineData("Talks moved to Doha City, the movement's chief negotiator Karim Nazari told reporters, “we will rebuild every road in the valley.”")]
    public void Extract_GivesTheQuotation_ToTheTitledName_WhenTheWordsAfterACommaAreItsTitle(string paragraph) =>
        Assert.Equal("Karim Nazari", Single("we will rebuild", paragraph).Speaker);

    [Theory]
    [InlineData("Earlier, another spokesman Karim Nazari had told TOLO News: “The border will stay open for traders.”")]
    [InlineData("Instead, Karim Nazari said the border would stay “open for traders and families alike”.")]
    public void Extract_NeverTakesASentenceOpener_ForTheSpeaker(string paragraph) =>
        Assert.Equal("Karim Nazari", Single("", paragraph).Speaker);

    [Fact]
    public void Extract_KeepsOneQuotation_WhenTheSameWordsAreQuotedTwice()
    {
        var quotes = Extract("Karim Nazari said: “The border will stay open for traders.”", "“The border will stay open for traders,” Karim Nazari said.");

        Assert.Single(quotes);
    }

    [Fact]
    public void Extract_KeepsTheWholeQuotation_WhenATeaserQuotedItCutShort()
    {
        var quote = Assert.Single(Extract(
            "Karim Nazari said the border was not closed as “part of any dispute with the neighbours.",
            "Later, Karim Nazari said the border was not closed as “part of any dispute with the neighbours. Trade goes on as before.”"));

        Assert.EndsWith("Trade goes on as before.", quote.Text);
    }

    [Fact]
    public void Extract_PrefersTheAttributionAfterTheQuotation_WhenTheSentencesSpeakerClauseEndsFarBeforeIt()
    {
        // The clause "Karim Nazari said" ends a whole stretch of narration (and a semicolon) before the mark:
        // it is not the clause that introduces the quotation, the attribution after it is.
        var quote = Single("We will not", "Karim Nazari said on Monday that elders had met officials in the provinces for three weeks; “We will not allow attacks on any country,” Lena Haddad said.");

        Assert.Equal("Lena Haddad", quote.Speaker);
    }
}
