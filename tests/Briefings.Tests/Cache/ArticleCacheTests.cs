using System.Text.Json;
using Briefings.Analysis;
using Briefings.Cache;
using Briefings.Corpus;
using Briefings.Testing;
using Briefings.Tests.Build;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Briefings.Tests.Cache;

/// <summary>The article cache on its own: what a load finds in it, what it forgets, and which files it refuses to trust.</summary>
public sealed class ArticleCacheTests
{
    private const string Program = "program-a";

    private static string OutputOf(BuildFolder folder) => Path.Combine(folder.Root, "out");

    /// <summary>Loads the folder's seeds through the cache (analysing every article), saves it, and says which seed files were parsed.</summary>
    private static (ArticleCorpus Corpus, List<string> Parsed, string? Problem) LoadAndSave(BuildFolder folder, string program = Program)
    {
        using var cache = ArticleCache.Open(OutputOf(folder), program);
        var counting = new CountingSeedCache(cache);
        var corpus = new CorpusLoader(CorpusOptions.Default).Load(Path.Combine(folder.Root, "seeds"), counting);
        var analyzer = new ArticleAnalyzer(corpus.Gazetteer, cache.AnalysesFor(corpus.Gazetteer));
        foreach (var article in corpus.Articles)
        {
            analyzer.Analyze(article);
            analyzer.Entities(article);
        }
        cache.Save(corpus.Articles);
        return (corpus, [.. counting.Parsed.Order(StringComparer.Ordinal)], cache.Problem);
    }

    private static string SeedNames(BuildFolder folder) =>
        string.Join(",", Directory.EnumerateFiles(Path.Combine(folder.Root, "seeds"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal));

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Load_ParsesEverySeed_WhenTheCacheIsNew_AndNoneTheNextTime()
    {
        var folder = new BuildFolder(ownSeeds: true);

        var (_, first, problem) = LoadAndSave(folder);
        var (_, second, _) = LoadAndSave(folder);

        Assert.Null(problem);
        Assert.Equal(SeedNames(folder), string.Join(",", first));
        Assert.Empty(second);
        Assert.True(File.Exists(ArticleCache.PathIn(OutputOf(folder))));
    }

    [Fact]
    public void Load_ParsesOnlyTheChangedSeed_WhenOneSeedIsEdited()
    {
        var folder = new BuildFolder(ownSeeds: true);
        LoadAndSave(folder);
        var seed = folder.EditSeed("003_1383fc75b628ea80.txt", "Details of this conversation were not disclosed.", "Details of this call were not disclosed.");

        var (corpus, parsed, _) = LoadAndSave(folder);

        Assert.Equal(["003_1383fc75b628ea80.txt"], parsed);
        Assert.Contains(corpus.Articles, article => article.Text.Contains("Details of this call were not disclosed.", StringComparison.Ordinal));
        Assert.DoesNotContain(corpus.Articles, article => article.Text.Contains("Details of this conversation were not disclosed.", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_GivesTheSameCorpusAndAnalyses_FromTheCacheAsFromTheSeeds()
    {
        var folder = new BuildFolder(ownSeeds: true);
        var (cold, _, _) = LoadAndSave(folder);

        using var cache = ArticleCache.Open(OutputOf(folder), Program);
        var warm = new CorpusLoader(CorpusOptions.Default).Load(Path.Combine(folder.Root, "seeds"), cache);
        var coldAnalyzer = new ArticleAnalyzer(cold.Gazetteer);
        var warmAnalyzer = new ArticleAnalyzer(warm.Gazetteer, cache.AnalysesFor(warm.Gazetteer));

        Assert.Equal(Json(cold.Articles), Json(warm.Articles));
        Assert.Equal(Json(cold.Warnings), Json(warm.Warnings));
        Assert.Equal(Json(cold.Articles.Select(coldAnalyzer.Analyze)), Json(warm.Articles.Select(warmAnalyzer.Analyze)));
        Assert.Equal(Json(cold.Articles.Select(article => coldAnalyzer.Entities(article))), Json(warm.Articles.Select(article => warmAnalyzer.Entities(article))));
    }

    [Fact]
    public void Find_GivesBackEveryField_OfAReadingItWasGiven()
    {
        var folder = new BuildFolder();
        var article = new ParsedArticle("a.md", 3, "Title", ["Ann Author"], "Publisher", new DateOnly(2024, 9, 1), "KABUL",
            ["First “paragraph”.", "Second\tone."], ["A caption."], ["A note."])
        {
            DateIsMonth = true,
            Header = [new HeaderLine(HeaderLineKind.Byline, "By Ann Author")],
            Url = "https://example.org/a",
            IsSummary = true,
        };
        var frontMatter = new CatalogEntry { Seed = "a.md", Title = "Other", Tags = ["x", "y"], Date = new DateOnly(2024, 1, 2), Line = 2 };
        var reading = new SeedReading([article], [new CorpusWarning("a.md", 7, "a warning.")], frontMatter);
        using (var cache = ArticleCache.Open(OutputOf(folder), Program))
        {
            Assert.Null(cache.Find("a.md", "hash"));
            cache.Remember("a.md", "hash", reading);
            cache.Save([]);
        }

        using var reopened = ArticleCache.Open(OutputOf(folder), Program);
        var found = reopened.Find("a.md", "hash");

        Assert.NotNull(found);
        Assert.Equal(Json(reading), Json(found));
        Assert.True(found.Articles[0].DateIsMonth);
        Assert.True(found.Articles[0].IsSummary);
        Assert.Equal(2, found.FrontMatter!.Line);
        Assert.Null(reopened.Find("a.md", "another-hash"));
    }

    [Fact]
    public void Save_ForgetsADeletedSeed_SoItsArticlesAreNeverLoaded()
    {
        var folder = new BuildFolder(ownSeeds: true);
        var (before, _, _) = LoadAndSave(folder);
        var deleted = "004_06c5186a46d04526.txt";
        Assert.Contains(before.Articles, article => article.Seed == deleted);
        File.Delete(folder.Seed(deleted));

        var (after, parsed, _) = LoadAndSave(folder);

        Assert.Empty(parsed);
        Assert.DoesNotContain(after.Articles, article => article.Seed == deleted);
        using var cache = ArticleCache.Open(OutputOf(folder), Program);
        Assert.Null(cache.Find(deleted, Briefings.Common.ContentHash.Of(File.ReadAllBytes(RepositoryRoot.File("seeds/" + deleted)))));
    }

    public static TheoryData<string> Damages => ["random bytes", "truncated", "other layout version", "other program", "not ours", "empty"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void Open_RefusesWithOneWarning_AndSaveRebuildsIt_WhenTheFileCannotBeTrusted(string damage)
    {
        var folder = new BuildFolder(ownSeeds: true);
        LoadAndSave(folder);
        var path = ArticleCache.PathIn(OutputOf(folder));
        switch (damage)
        {
            case "random bytes":
                File.WriteAllBytes(path, [.. Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7919 % 251))]);
                break;
            case "truncated":
                File.WriteAllBytes(path, File.ReadAllBytes(path)[..(int)(new FileInfo(path).Length / 3)]);
                break;
            case "other layout version":
                Execute(path, "PRAGMA user_version = 99");
                break;
            case "other program":
                Execute(path, "UPDATE meta SET value = 'program-b' WHERE key = 'program'");
                break;
            case "not ours":
                File.Delete(path);
                Execute(path, "CREATE TABLE seeds (name TEXT, hash TEXT, reading BLOB)");
                break;
            case "empty":
                File.WriteAllBytes(path, []);
                break;
        }

        var (corpus, parsed, problem) = LoadAndSave(folder);

        Assert.NotNull(problem);
        Assert.DoesNotContain('\n', problem);
        // A truncated file may keep some values whole: only what is lost must be read again.
        if (damage != "truncated")
            Assert.Equal(SeedNames(folder), string.Join(",", parsed));
        Assert.NotEmpty(corpus.Articles);
        var (_, again, fine) = LoadAndSave(folder);
        Assert.Null(fine);
        Assert.Empty(again);
    }

    [Fact]
    public void Open_RefusesAValueThatDoesNotMatchItsSeal_AndReadsTheSeedAgain()
    {
        var folder = new BuildFolder(ownSeeds: true);
        LoadAndSave(folder);
        // One byte of one stored value changed: still a sound database, but not what was written.
        Execute(ArticleCache.PathIn(OutputOf(folder)), "UPDATE seeds SET reading = CAST(substr(reading, 1, 40) || X'21' || substr(reading, 42) AS BLOB) WHERE name = (SELECT min(name) FROM seeds)");

        var (corpus, parsed, problem) = LoadAndSave(folder);

        Assert.Contains("checksum", problem);
        Assert.NotEmpty(parsed);
        Assert.Equal(Json(LoadAndSave(folder).Corpus.Articles), Json(corpus.Articles));
    }

    [Fact]
    public void Open_ReadOnly_NeverCreatesTheFile()
    {
        var folder = new BuildFolder(ownSeeds: true);

        using var cache = ArticleCache.Open(OutputOf(folder), Program, writable: false);
        var corpus = new CorpusLoader(CorpusOptions.Default).Load(Path.Combine(folder.Root, "seeds"), cache);
        cache.Save(corpus.Articles);

        Assert.NotEmpty(corpus.Articles);
        Assert.False(Directory.Exists(OutputOf(folder)));
    }

    [Fact]
    public void Save_KeepsTheFileSound_WhenTwoRunsLoadAndSaveAtOnce()
    {
        var folder = new BuildFolder(ownSeeds: true);
        LoadAndSave(folder);
        var seed = folder.Seed("001_0833a8d0601949c3.txt");
        File.AppendAllText(seed, "\n");

        var problems = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).Select(_ => LoadAndSave(folder).Problem).ToList();

        Assert.All(problems, Assert.Null);
        var (_, parsed, problem) = LoadAndSave(folder);
        Assert.Null(problem);
        Assert.Empty(parsed);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new() { IncludeFields = true };
}
