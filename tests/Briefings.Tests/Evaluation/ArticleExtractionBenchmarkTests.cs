using System.Text.Json;
using Briefings.Corpus;
using Briefings.Testing;
using Xunit;

namespace Briefings.Tests.Evaluation;

/// <summary>
/// The public article-extraction benchmark (<c>eval/article-extraction-benchmark</c>: 181 saved pages and
/// their true bodies), read as a seed folder: the bodies the corpus gets must keep the figures the
/// README reports. tests/bench/extraction-benchmark.sh prints them with the benchmark's own scorer.
/// </summary>
public sealed class ArticleExtractionBenchmarkTests
{
    /// <summary>The least the figures may be (measured 0.960 F1, 0.963 precision, 0.957 recall by evaluate.py); raise them when a change lifts the figures.</summary>
    private const double MinF1 = 0.960;
    private const double MinPrecision = 0.960;
    private const double MinRecall = 0.955;

    private static readonly string Folder = RepositoryRoot.File("eval", "article-extraction-benchmark");

    private static readonly Lazy<(Dictionary<string, string> Truth, Dictionary<string, string> Predicted)> Bodies = new(ReadBodies);

    private static (Dictionary<string, string>, Dictionary<string, string>) ReadBodies()
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "ground-truth.json")));
        var expected = truth.RootElement.EnumerateObject().ToDictionary(page => page.Name, page => page.Value.GetProperty("articleBody").GetString() ?? "");
        var articles = new CorpusLoader(CorpusOptions.Default).Load(Path.Combine(Folder, "html")).Articles
            .ToDictionary(article => article.Seed[..^".html.gz".Length], article => string.Join("\n\n", article.Paragraphs));
        return (expected, expected.Keys.ToDictionary(key => key, key => articles.GetValueOrDefault(key, "")));
    }

    [Fact]
    public void Load_KeepsTheBenchmarkFigures_WhenReadingTheBenchmarkPages()
    {
        var (truth, predicted) = Bodies.Value;

        var total = ShingleScore.Total([.. truth.Keys.Select(key => ShingleScore.Page(truth[key], predicted[key]))]);

        Assert.Equal(181, predicted.Count);
        Assert.True(total.F1 >= MinF1, $"F1 {total.F1:0.0000} fell below {MinF1}.");
        Assert.True(total.Precision >= MinPrecision, $"precision {total.Precision:0.0000} fell below {MinPrecision}.");
        Assert.True(total.Recall >= MinRecall, $"recall {total.Recall:0.0000} fell below {MinRecall}.");
    }

    [Fact]
    public void Total_AgreesWithTheBenchmarksOwnScorer_OnTheSamePredictions()
    {
        var python = ExternalTool.RequireFile("/usr/bin/python3", "apt-get install python3");
        var (truth, predicted) = Bodies.Value;
        var work = Directory.CreateTempSubdirectory("aeb-").FullName;
        File.Copy(Path.Combine(Folder, "evaluate.py"), Path.Combine(work, "evaluate.py"));
        File.Copy(Path.Combine(Folder, "ground-truth.json"), Path.Combine(work, "ground-truth.json"));
        Directory.CreateDirectory(Path.Combine(work, "output"));
        File.WriteAllText(Path.Combine(work, "output", "briefings.json"),
            JsonSerializer.Serialize(predicted.ToDictionary(pair => pair.Key, pair => new { articleBody = pair.Value })));

        var (exitCode, output) = ExternalTool.Run(python, "-c",
            "import os, runpy, sys; os.chdir(sys.argv[1]); sys.argv = ['evaluate.py', '--n-bootstrap', '2', '--output', 'results.json']; runpy.run_path('evaluate.py', run_name='__main__')",
            work);

        Assert.True(exitCode == 0, output);
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "results.json")));
        var theirs = results.RootElement.GetProperty("briefings");
        var ours = ShingleScore.Total([.. truth.Keys.Select(key => ShingleScore.Page(truth[key], predicted[key]))]);
        Assert.Equal(theirs.GetProperty("f1").GetDouble(), ours.F1, 9);
        Assert.Equal(theirs.GetProperty("precision").GetDouble(), ours.Precision, 9);
        Assert.Equal(theirs.GetProperty("recall").GetDouble(), ours.Recall, 9);
    }
}
