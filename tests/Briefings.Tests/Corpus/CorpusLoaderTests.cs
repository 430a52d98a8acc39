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

    [Theory]
    [InlineData("taliban-meets-with-hamas-during-high-level-talks-in-turkey", "Joe Truzman|Bill Roggio", "FDD's Long War Journal", null, null)]
    [InlineData("taliban-hamas-officials-meet-in-turkey", "", "The Western Journal", null, null)]
    [InlineData("birds-of-a-feather-in-ideology-what-is-the-relationship", "Thomas Ruttig", "Afghanistan Analysts Network", null, null)]
    [InlineData("taliban-accuse-pakistan-of-conducting-strikes-inside", "", null, null, null)]
    [InlineData("behind-afghanistans-fall-u-s-backed-militias-worse-than-the", "Azam Ahmed", "The Times", null, null)]
    [InlineData("in-afghanistan-trump-will-have-to-play-a-balancing-game", "Aziz Amin", null, null, null)]
    [InlineData("stanikzai-calls-for-regional-unity-against-west", "", null, null, null)]
    [InlineData("saudi-embassy-resumes-operations-in-kabul-after-one-year", "", null, null, null)]
    [InlineData("un-supports-over-80-000-women-led-small-businesses-in", "", null, null, null)]
    [InlineData("afghanistan-journalists-center-confirms-release-of-seven", "", null, null, null)]
    [InlineData("greek-authorities-say-boat-capsizing-victims-and-survivors", "Associated Press", "Associated Press", "2024-12-21", "ATHENS, Greece")]
    [InlineData("new-restrictions-in-iran-pose-challenge-for-afghan-refugees", "", null, null, null)]
    [InlineData("talibans-fm-hamas-political-bureau-chief-discuss-gaza", "", null, "2024-07-24", null)]
    [InlineData("evidence-mounts-of-close-al-qaeda-taliban-relationship", "Sulaiman", null, null, "KABUL")]
    public void Load_ReadsTheMetadataTheTextGives_AndInventsNone(string id, string authors, string? publisher, string? date, string? dateline)
    {
        var article = Assert.Single(Seeds.Articles, article => article.Id == id);

        Assert.Equal(authors.Split('|', StringSplitOptions.RemoveEmptyEntries), article.Authors);
        Assert.Equal(publisher, article.Publisher);
        Assert.Equal(date, article.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(dateline, article.Dateline);
    }

    [Fact]
    public void Load_SplitsTheDatelineOffTheFirstParagraph()
    {
        var article = Seeds.Articles.Single(article => article.Dateline == "KABUL");

        Assert.StartsWith("Evidence is continuing to mount", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MovesNumberedReferencesIntoNotes()
    {
        var article = Seeds.Articles.Single(article => article.Id == "birds-of-a-feather-in-ideology-what-is-the-relationship");

        Assert.Equal(5, article.Notes.Length);
        Assert.StartsWith("1 According to the Palestinian Central Bureau of Statistics", article.Notes[0], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.StartsWith("1 According", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Edited by Roxanna Shapour and Kate Clark")]
    [InlineData("Iraq")]
    [InlineData("Boko Haram")]
    [InlineData("(Additional reporting provided by JNS Reporter)")]
    [InlineData("Comment Policy")]
    [InlineData("Amin is a writer and analyst")]
    [InlineData("Joe Truzman is a research analyst")]
    [InlineData("Photo: Globe Eye News via X, undated.")]
    public void Load_DropsCreditsBiosAndTagLists_FromEveryBody(string start) =>
        Assert.DoesNotContain(Seeds.Articles.SelectMany(article => article.Paragraphs), paragraph => paragraph.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void Load_AppliesCatalogCorrections_ByIdAndBySeed_AndWarnsAboutUnknownOnes()
    {
        var folder = Directory.CreateTempSubdirectory("corpus-").FullName;
        File.Copy(RepositoryRoot.File("seeds", "003_1383fc75b628ea80.txt"), Path.Combine(folder, "003.txt"));
        File.Copy(RepositoryRoot.File("seeds", "004_06c5186a46d04526.txt"), Path.Combine(folder, "004.txt"));
        File.WriteAllText(Path.Combine(folder, "catalog.yaml"), """
            articles:
              - id: talibans-fm-hamas-political-bureau-chief-discuss-gaza
                publisher: Amu TV
                tags: [hamas, diplomacy]
              - seed: 004.txt
                date: 2021-05-03
                url: https://example.org/al-qaeda
              - id: no-such-article
                title: Nothing
              - seed: 004.txt
                date: yesterday
            """);

        var corpus = new CorpusLoader(CorpusOptions.Default).Load(folder);

        var gaza = corpus.Articles.Single(article => article.Seed == "003.txt");
        Assert.Equal("Amu TV", gaza.Publisher);
        Assert.Equal(["hamas", "diplomacy"], gaza.Tags);
        Assert.Equal(new DateOnly(2024, 7, 24), gaza.Date);
        var qaeda = corpus.Articles.Single(article => article.Seed == "004.txt");
        Assert.Equal(new DateOnly(2021, 5, 3), qaeda.Date);
        Assert.Equal("https://example.org/al-qaeda", qaeda.Url);
        Assert.Equal("evidence-mounts-of-close-al-qaeda-taliban-relationship", qaeda.Id);
        Assert.Equal(2, corpus.Warnings.Length);
        Assert.Contains(corpus.Warnings, warning => warning.Line == 11 && warning.Message.Contains("not a date", StringComparison.Ordinal));
        Assert.Contains(corpus.Warnings, warning => warning.Line == 8 && warning.Message.Contains("no-such-article", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ReadsAMarkdownSeed_WithItsFrontMatter()
    {
        var folder = Directory.CreateTempSubdirectory("corpus-").FullName;
        File.WriteAllText(Path.Combine(folder, "note.md"), """
            ---
            title: Analyst note on Kabul
            authors: [A. Analyst]
            publisher: Internal
            date: 2025-01-02
            tags: [kabul]
            ---
            # Analyst note on Kabul

            First paragraph of the note.

            ## A subheading

            Second paragraph.
            """);

        var article = Assert.Single(new CorpusLoader(CorpusOptions.Default).Load(folder).Articles);

        Assert.Equal("Analyst note on Kabul", article.Title);
        Assert.Equal("analyst-note-on-kabul", article.Id);
        Assert.Equal(["A. Analyst"], article.Authors);
        Assert.Equal("Internal", article.Publisher);
        Assert.Equal(new DateOnly(2025, 1, 2), article.Date);
        Assert.Equal(["kabul"], article.Tags);
        Assert.Equal(["First paragraph of the note.", "A subheading", "Second paragraph."], article.Paragraphs);
    }

    [Fact]
    public void Load_MovesPhotoCaptionsOutOfTheBody()
    {
        var article = Seeds.Articles.Single(article => article.Title.StartsWith("Evidence mounts", StringComparison.Ordinal));

        Assert.Contains(article.Captions, caption => caption.EndsWith("[Alexander Zemlianichenko/AFP]", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.EndsWith("/AFP]", StringComparison.Ordinal));
    }

    /// <summary>
    /// Every line of twelve words or more in a seed is a title or lands in exactly one article (as a
    /// paragraph, caption, note or header line), except the page debris named here: author bios, the site's
    /// disclaimers and a teaser headline.
    /// </summary>
    [Fact]
    public void Load_PutsEveryBodyLineInExactlyOneArticle()
    {
        string[] dropped =
        [
            "Joe Truzman is a research analyst", "Judge Engoron Under Investigation", "The Western Journal has not reviewed",
            "We are committed to truth and accuracy", "Azam Ahmed is international investigative correspondent", "Amin is a writer and analyst",
        ];
        static string Normalise(string line) => string.Join(' ', line.Split((char[])[' ', '\u00A0', '\t'], StringSplitOptions.RemoveEmptyEntries));

        var lost = new List<string>();
        foreach (var seed in Directory.EnumerateFiles(RepositoryRoot.File("seeds"), "*.txt"))
        {
            var articles = Seeds.Articles.Where(article => article.Seed == Path.GetFileName(seed)).ToList();
            foreach (var line in File.ReadAllLines(seed).Select(Normalise).Where(line => line.Split(' ').Length >= 12))
            {
                if (articles.Any(article => article.Title == line) || dropped.Any(debris => line.StartsWith(debris, StringComparison.Ordinal)))
                    continue;
                var homes = articles.Count(article =>
                    article.Paragraphs.Concat(article.Notes).Concat(article.Header.Select(header => header.Text))
                        .Any(text => text == line || (text.Length > 40 && line.EndsWith(text, StringComparison.Ordinal)))
                    || article.Captions.Any(caption => caption.StartsWith(line, StringComparison.Ordinal)));
                if (homes != 1)
                    lost.Add($"{Path.GetFileName(seed)} ({homes} homes): {line[..Math.Min(80, line.Length)]}");
            }
        }

        Assert.Empty(lost);
    }

    [Fact]
    public void Load_WarnsAboutAndSkipsBadFiles_WhileLoadingTheOthers()
    {
        var folder = Directory.CreateTempSubdirectory("corpus-").FullName;
        File.WriteAllBytes(Path.Combine(folder, "a-binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);
        File.WriteAllBytes(Path.Combine(folder, "b-latin1.txt"), [0x54, 0x69, 0x74, 0x6C, 0x65, 0x0A, 0x63, 0x61, 0x66, 0xE9, 0x0A]);
        File.WriteAllText(Path.Combine(folder, "c-empty.txt"), "");
        File.WriteAllText(Path.Combine(folder, "c-no-title.txt"), "\n\n" + string.Join(" ", Enumerable.Repeat("word", 100)) + "\n");
        using (var huge = File.Create(Path.Combine(folder, "c-huge.txt")))
            huge.SetLength(50L * 1024 * 1024);
        File.WriteAllText(Path.Combine(folder, "d-good.txt"), "\uFEFFA good title\r\n\r\nA body line.\r\n");

        var corpus = new CorpusLoader(CorpusOptions.Default).Load(folder);

        Assert.Equal("A good title", Assert.Single(corpus.Articles).Title);
        Assert.Equal(["a-binary.txt", "b-latin1.txt", "c-empty.txt", "c-huge.txt", "c-no-title.txt"], corpus.Warnings.Select(warning => warning.Seed));
        Assert.Contains("50 MB", corpus.Warnings[3].Message);
        Assert.Equal(3, corpus.Warnings[4].Line);
        Assert.Contains("too long for a title", corpus.Warnings[4].Message);
        Assert.Equal(2, corpus.Warnings[1].Line);
    }
}
