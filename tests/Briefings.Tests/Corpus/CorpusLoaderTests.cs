using Briefings.Corpus;
using Briefings.Testing;
using Xunit;

namespace Briefings.Tests.Corpus;

public sealed class CorpusLoaderTests
{
    private static readonly ArticleCorpus Seeds = new CorpusLoader(CorpusOptions.Default).Load(RepositoryRoot.File("seeds"));

    [Fact]
    public void Load_SplitsEverySeedIntoItsArticles_WithTheirTitles()
    {
        string[] titles =
        [
            "Taliban meets with Hamas during high-level talks in Turkey",
            "Taliban, Hamas Officials Meet In Turkey",
            "Birds of a Feather, in Ideology: What is the relationship between the Islamic Emirate and Hamas?",
            "Taliban accuse Pakistan of conducting strikes inside Afghanistan",
            "Behind Afghanistan’s Fall, U.S.-Backed Militias Worse Than the Taliban",
            "In Afghanistan, Trump will have to play a balancing game",
            "Stanikzai Calls for Regional Unity Against West",
            "Saudi Embassy resumes operations in Kabul after one-year hiatus",
            "UN supports over 80,000 women-led small businesses in Afghanistan",
            "Afghanistan Journalists Center confirms release of seven Arezo TV employees from prison",
            "Greek authorities say boat capsizing victims and survivors were from Afghanistan. 2 Turks arrested",
            "New Restrictions in Iran Pose Challenge for Afghan Refugees",
            "Taliban’s FM & Hamas Political Bureau Chief Discuss Gaza",
            "Evidence mounts of close al-Qaeda–Taliban relationship",
        ];

        Assert.Equal(titles, Seeds.Articles.Select(article => article.Title));
        Assert.Empty(Seeds.Warnings);
        Assert.Equal(10, Seeds.Articles.Count(article => article.Seed.StartsWith("002_", StringComparison.Ordinal)));
    }

    [Fact]
    public void Load_GivesEachArticleAUniqueReadableId()
    {
        var ids = Seeds.Articles.Select(article => article.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9][a-z0-9-]*$", id));
        Assert.Equal("talibans-fm-hamas-political-bureau-chief-discuss-gaza", Seeds.Articles[12].Id);
    }

    [Fact]
    public void Load_KeepsIdsAndHashes_WhenOtherSeedsAreRemoved()
    {
        var folder = Directory.CreateTempSubdirectory("corpus-").FullName;
        File.Copy(RepositoryRoot.File("seeds", "003_1383fc75b628ea80.txt"), Path.Combine(folder, "003_1383fc75b628ea80.txt"));

        var alone = Assert.Single(new CorpusLoader(CorpusOptions.Default).Load(folder).Articles);
        var together = Seeds.Articles.Single(article => article.Seed == "003_1383fc75b628ea80.txt");

        Assert.Equal(together.Id, alone.Id);
        Assert.Equal(together.Hash, alone.Hash);
    }

    [Theory]
    [InlineData("Share")]
    [InlineData("read more")]
    [InlineData("Trending:")]
    [InlineData("Judge Engoron Under Investigation for What Happened Before Slapping Trump with $454 Million Fine")]
    [InlineData("Advertisement")]
    [InlineData("print sharing button")]
    public void Load_DropsPageDebris_FromEveryBody(string debris) =>
        Assert.DoesNotContain(Seeds.Articles.SelectMany(article => article.Paragraphs), paragraph => paragraph == debris);

    [Fact]
    public void Load_ReadsBylinesDatesAndPublishers_UnderTheTitle()
    {
        Article Titled(string start) => Seeds.Articles.Single(article => article.Title.StartsWith(start, StringComparison.Ordinal));

        Assert.Equal(["Sulaiman"], Titled("Evidence mounts").Authors);
        Assert.Equal(new DateOnly(2024, 7, 24), Titled("Taliban’s FM").Date);
        Assert.Equal("Afghanistan Analysts Network", Titled("Birds of a Feather").Publisher);
        Assert.Equal(["Thomas Ruttig"], Titled("Birds of a Feather").Authors);
        Assert.Equal(new DateOnly(2024, 12, 21), Titled("Greek authorities").Date);
        Assert.Null(Titled("Stanikzai").Date);
    }

    [Fact]
    public void Load_MovesPhotoCaptionsOutOfTheBody()
    {
        var article = Seeds.Articles.Single(article => article.Title.StartsWith("Evidence mounts", StringComparison.Ordinal));

        Assert.Contains(article.Captions, caption => caption.EndsWith("[Alexander Zemlianichenko/AFP]", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.EndsWith("/AFP]", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WarnsAboutAndSkipsBadFiles_WhileLoadingTheOthers()
    {
        var folder = Directory.CreateTempSubdirectory("corpus-").FullName;
        File.WriteAllBytes(Path.Combine(folder, "a-binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);
        File.WriteAllBytes(Path.Combine(folder, "b-latin1.txt"), [0x54, 0x69, 0x74, 0x6C, 0x65, 0x0A, 0x63, 0x61, 0x66, 0xE9, 0x0A]);
        File.WriteAllText(Path.Combine(folder, "c-empty.txt"), "");
        File.WriteAllText(Path.Combine(folder, "d-good.txt"), "\uFEFFA good title\r\n\r\nA body line.\r\n");

        var corpus = new CorpusLoader(CorpusOptions.Default).Load(folder);

        Assert.Equal("A good title", Assert.Single(corpus.Articles).Title);
        Assert.Equal(["a-binary.txt", "b-latin1.txt", "c-empty.txt"], corpus.Warnings.Select(warning => warning.Seed));
        Assert.Equal(2, corpus.Warnings[1].Line);
    }
}
