using Briefings.Analysis;
using Briefings.Analysis.Quotes;
using Briefings.Analysis.Timeline;
using Briefings.Corpus;
using Briefings.Testing;
using Xunit;

namespace Briefings.Tests.Analysis;

/// <summary>What the analysis finds in the real seeds: quotations with their speakers, dated events, merged aliases.</summary>
public sealed class SeedAnalysisTests
{
    private static readonly ArticleCorpus Corpus = new CorpusLoader(CorpusOptions.Default).Load(RepositoryRoot.File("seeds"));
    private static readonly ArticleAnalyzer Analyzer = new(Corpus.Gazetteer);
    private static readonly List<Quote> Quotes = [.. Corpus.Articles.SelectMany(article => Analyzer.Analyze(article).Quotes)];
    private static readonly List<TimelineEvent> Events = [.. Corpus.Articles.SelectMany(article => Analyzer.Analyze(article).Events)];

    /// <summary>Named quotations checked by reading the seeds, with every attribution pattern: after, before, colon, pronoun, continued, block, according to.</summary>
    public static TheoryData<string, string> NamedQuotations => new()
    {
        { "We are proud of you, your resistance", "Zabihullah Mujahid" },
        { "The Taliban wants to have as much diplomatic activities", "Haroun Rahimi" },
        { "We do not interfere in others’ internal affairs", "Sirajuddin Haqqani" },
        { "a prelude to the demise of all occupation forces", "Ismail Haniyeh" },
        { "in sharp contrast to the daily sharp comments", "Akram Dawi" },
        { "The authenticity of this claim", "Riccardo Valle" },
        { "We, God willing, will come to the aid", "Hafiz Ruhullah Rohani" },
        { "Political leaders gave up and fled the country", "Joe Biden" },
        { "The Afghan military collapsed.", "Joe Biden" },
        { "The militias shot at civilians", "Rahim Jan" },
        { "we supported the Taliban, because they fought the militias.", "Rahim Jan" },
        { "The U.S. empowered bandits", "Matiullah Rohani" },
        { "But it only pushed more people", "Matiullah Rohani" },
        { "There was no doubt in my mind", "Kenneth Payne" },
        { "And I firmly believe that", "Kenneth Payne" },
        { "things went very well for a while", "Kenneth Payne" },
        { "The Taliban did not call Hamas a liberation movement", "Shujauddin Amini" },
        { "indications that the Taliban want to come", "Michael McCaul" },
        { "had a hard time after we left", "Kenneth Payne" },
        { "Being part of a militia meant", "Akhtar Mohammad" },
        { "The militias would label anyone", "Mohammad Farid" },
        { "The split between the militias was crucial", "Hesmatullah Zalmay" },
        { "There was no Taliban here at first", "Gul Afraz" },
        { "We tried to capture him many times", "Sadat" },
        { "We went directly to the governor", "Haider Jafari" },
        { "Afghans are going to have to decide their future", "Joe Biden" },
        { "In the end, the militias were the undoing", "Abdul Rauf Charsari" },
        { "The US and the Western world, particularly NATO", "Sher Muhammad Abbas Stanikzai" },
        { "In some cities, migrants without documentation", "Mohammad Khan Talebi" },
        { "The Taliban and al-Qaeda have common goals", "Mohammad Asif Sediqi" },
        { "We have sufficient evidence that shows", "Ahmad Zia Saraj" },
        { "Afghanistan, together with the Islamic Republic of Iran", "Muhammad Abdul Kabir" },
        { "IEA-MoFA deems position", "Abdul Qahar Balkhi" },
        { "It is not unreasonable [to assume]", "Mustafa Yusuf Al-Lidawi" },
        { "The Taliban are not united", "Sayed Maisam Kazimi" },
    };

    [Theory]
    [MemberData(nameof(NamedQuotations))]
    public void Quotes_NameTheSpeaker(string opening, string speaker)
    {
        var quote = Assert.Single(Quotes, quote => quote.Text.StartsWith(opening, StringComparison.Ordinal));

        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("We are proud of you", "Taliban spokesman")]
    [InlineData("The militias would label anyone", "shopkeeper")]
    [InlineData("The US and the Western world", "Taliban deputy foreign minister")]
    [InlineData("The Taliban are not united", "political analyst in Kabul")]
    public void Quotes_GiveTheRole(string opening, string role) =>
        Assert.Equal(role, Quotes.Single(quote => quote.Text.StartsWith(opening, StringComparison.Ordinal)).Role);

    [Theory]
    [InlineData("close friend")]
    [InlineData("criminal.")]
    [InlineData("hideouts.")]
    [InlineData("guarantees.")]
    public void Quotes_LeaveOutScareQuotes(string phrase) =>
        Assert.DoesNotContain(Quotes, quote => quote.Text == phrase);

    [Fact]
    public void Quotes_AreNumerousAndAllAttributed()
    {
        Assert.True(Quotes.Count >= 40, $"{Quotes.Count} quotations found");
        Assert.All(Quotes, quote => Assert.False(string.IsNullOrWhiteSpace(quote.Speaker)));
    }

    /// <summary>Dated sentences checked by reading the seeds; approximate where the text is loose or the date was worked out.</summary>
    public static TheoryData<string, string, bool> DatedEvents => new()
    {
        { "In August 2021, after the Emirate", "2021-08", false },
        { "A few weeks later, in early October 2021", "2021-10", true },
        { "For example, in early October 2022", "2022-10", true },
        { "In April 2023, the IEA envoy", "2023-04", false },
        { "In their May 2024 report", "2024-05", false },
        { "It makes no mention of the atrocities", "2023-10-07", false },
        { "Two months later, in December 2023", "2023-12", false },
        { "The Foreign Ministry spokesman, Abdul Qahar Balkhi, also weighed in", "2023-12-08", false },
        { "Acting Foreign Minister Muttaqi, speaking", "2023-12-23", false },
        { "The following year, on 2 April 2024", "2024-04-02", false },
        { "Following Iran’s retaliatory strikes on Israel on 14 April", "2024-04-14", true },
        { "For example, acting Deputy Education Minister", "2023-10-08", false },
        { "“Numerous pro-Taliban accounts,”", "2024-03-20", false },
        { "For example, see a pro-IEA women’s gathering", "2021-09-11", false },
        { "In May 2022, the U.S. Treasury", "2022-05", false },
        { "In August 2015, the Taliban stormed Kunduz City.", "2015-08", false },
        { "President Ashraf Ghani took office", "2014", false },
        { "A diplomatic cable from the U.S. Embassy in November 2009", "2009-11", false },
        { "Mr. Biden said in July 2021.", "2021-07", false },
        { "Third, al-Qaeda members have experience", "2001-09-11", false },
        { "According to Zia Ahmad Takal, Muttaqi, in this telephone call on Wednesday", "2024-07-24", true },
    };

    [Theory]
    [MemberData(nameof(DatedEvents))]
    public void Events_CarryTheDateOfTheText(string opening, string date, bool approximate) =>
        Assert.Equal((date, approximate), DatesOf(opening)[0]);

    /// <summary>Sentences with several date expressions give an event for each, in the order written.</summary>
    public static TheoryData<string, string[]> SentencesWithSeveralDates => new()
    {
        { "“Numerous pro-Taliban accounts,”", ["2024-03-20", "c. 2024-03-18"] },
        { "For example, see a pro-IEA women’s gathering", ["2021-09-11", "2022-04"] },
        { "Acting Foreign Minister Muttaqi, speaking", ["2023-12-23", "2021"] },
        { "Arezo TV was established in 2006", ["2006", "2009"] },
    };

    [Theory]
    [MemberData(nameof(SentencesWithSeveralDates))]
    public void Events_AreOnePerDateExpression_WhenASentenceHoldsSeveral(string opening, string[] dates) =>
        Assert.Equal(dates, DatesOf(opening).Select(found => (found.Approximate ? "c. " : "") + found.Date));

    [Fact]
    public void Events_InheritNoHistoricalYear_WhenADayIsWrittenWithoutOne()
    {
        // Seed 004 (undated, written in 2021) names "September 11, 2001" before "April 16", and gives
        // "last Tuesday (April 27)" after "February 2020", when 27 April was a Monday.
        Assert.DoesNotContain(Events, item => item.Expression is "April 16" or "Tuesday (April 27");
    }

    private static List<(string Date, bool Approximate)> DatesOf(string opening)
    {
        List<(string, bool)> dates = [.. Events.Where(item => item.Sentence.StartsWith(opening, StringComparison.Ordinal))
            .Select(item => (item.Date.ToString(), item.Approximate))];
        Assert.NotEmpty(dates);
        return dates;
    }

    [Theory]
    [InlineData("Taleban", "Taliban")]
    [InlineData("Mujahed", "Zabihullah Mujahid")]
    [InlineData("Haniya", "Ismail Haniyeh")]
    [InlineData("Haniyah", "Ismail Haniyeh")]
    [InlineData("Mutaqqi", "Amir Khan Muttaqi")]
    [InlineData("Haqqani", "Sirajuddin Haqqani")]
    [InlineData("Serajuddin Haqqani", "Sirajuddin Haqqani")]
    [InlineData("Sirajuddin", "Sirajuddin Haqqani")]
    [InlineData("Al Qaeda", "al-Qaeda")]
    [InlineData("al-Qaeda", "al-Qaeda")]
    [InlineData("IEA", "Islamic Emirate of Afghanistan")]
    [InlineData("Islamic Emirate of Afghanistan", "Islamic Emirate of Afghanistan")]
    [InlineData("Haqqani Network", "Haqqani Network")]
    public void Gazetteer_MergesSpellingVariants(string written, string canonical) =>
        Assert.Equal(canonical, Corpus.Gazetteer.Resolve(written)?.Name);

    [Fact]
    public void Entities_CountEverySpellingUnderOneName()
    {
        var article = Corpus.Find("birds-of-a-feather-in-ideology-what-is-the-relationship")!;
        var mentions = Analyzer.Analyze(article).Entities.ToDictionary(entity => entity.Name, entity => entity.Mentions);
        var text = article.Text;

        // Every "Taliban" and "Taleban" of the text, less those inside longer names ("Afghan Taliban" stays Taliban;
        // the handle "@TalibanPRD1" is not a mention).
        Assert.Equal(Count(text, "Taliban") + Count(text, "Taleban") - Count(text, "Tehrik-e-Taliban") - Count(text, "Pakistani Taliban"), mentions["Taliban"]);
        Assert.Equal(Count(text, "Haniyeh") + Count(text, "Haniya") + Count(text, "Haniyah"), mentions["Ismail Haniyeh"]);
        Assert.DoesNotContain("Taleban", mentions.Keys);
    }

    [Fact]
    public void Entities_DoNotTakeALowerCaseWordForAName()
    {
        const string text = "an Afghan “mujahid” from Khost, said Mujahid";
        var mentions = Corpus.Gazetteer.Find(text).ToList();

        var only = Assert.Single(mentions);
        Assert.Equal("Zabihullah Mujahid", only.Entity.Name);
        Assert.Equal(text.LastIndexOf("Mujahid", StringComparison.Ordinal), only.Start);
    }

    private static int Count(string text, string word) =>
        System.Text.RegularExpressions.Regex.Count(text, $@"\b{System.Text.RegularExpressions.Regex.Escape(word)}\b");
}
