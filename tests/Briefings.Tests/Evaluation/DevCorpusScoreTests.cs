using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Briefings.Cli;
using Briefings.Cli.Commands;
using Briefings.Testing;
using Xunit;

namespace Briefings.Tests.Evaluation;

/// <summary>
/// The regression guard of issue 16: the dev corpus, loaded and analysed in-process exactly as
/// <c>articles --json --analysis</c> does, scored by the C# port of <c>score.py</c> against the gold,
/// must reach every floor in <c>eval/corpus-dev/floors.json</c>.
/// </summary>
public sealed partial class DevCorpusScoreTests
{
    private const string Python = "/usr/bin/python3";
    private static readonly string Folder = RepositoryRoot.File("eval", "corpus-dev");
    private static readonly string Articles = Path.Combine(Folder, "articles");
    private static readonly Lazy<string> ProductJson = new(() =>
        JsonSerializer.Serialize(ArticlesCommand.AnalysedArticles(ArticlesCommand.Load(new DirectoryInfo(Articles))), JsonOutput.Options));

    private static JsonNode Gold => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "gold.json")))!;

    [Fact]
    public void Score_ReachesEveryFloor_OnTheDevCorpus()
    {
        var score = DevCorpusScorer.Score(JsonNode.Parse(ProductJson.Value), Gold, Articles);

        var fallen = ScoreFloors.Fallen(score.Figures(), ScoreFloors.Read(Path.Combine(Folder, "floors.json")));

        var report = string.Join('\n', score.Report());
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Assert.True(fallen.Count == 0, $"The dev corpus fell below its floors:\n{string.Join('\n', fallen)}\n\nAll figures:\n{report}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Score_AgreesWithScorePy_WhenPythonIsPresent(bool perturbed)
    {
        var python = ExternalTool.RequireFile(Python, "apt-get install python3");
        var product = JsonNode.Parse(ProductJson.Value)!;
        if (perturbed)
            Perturb(product.AsArray());
        var path = Path.Combine(Path.GetTempPath(), $"briefings-dev-score-{Environment.ProcessId}-{perturbed}.json");
        File.WriteAllText(path, product.ToJsonString(JsonOutput.Options));
        try
        {
            var (exitCode, output) = ExternalTool.Run(python, Path.Combine(Folder, "score.py"), path, Path.Combine(Folder, "gold.json"), "--articles", Articles);
            var score = DevCorpusScorer.Score(product, Gold, Articles);

            Assert.Equal(0, exitCode);
            var printed = output.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
            Assert.Equal(score.MissHeadings(), printed.Where(line => MissHeading().IsMatch(line)));
            Assert.Equal(score.Report(), printed.SkipWhile(line => !line.StartsWith("articles found", StringComparison.Ordinal)).Where(line => line.Length > 0));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(0.125, 2, "0.12")]
    [InlineData(0.375, 2, "0.38")]
    [InlineData(33.0 / 40, 2, "0.82")]
    [InlineData(1.0, 3, "1.000")]
    [InlineData(0.0625, 3, "0.062")]
    [InlineData(2.0 / 3, 3, "0.667")]
    public void Fixed_RoundsLikePython_WhenTheValueIsATie(double value, int decimals, string expected) =>
        Assert.Equal(expected, ScoreText.Fixed(value, decimals));

    /// <summary>
    /// A product output with every kind of error score.py counts: a lost article, an extra one, one from
    /// a file outside the gold, wrong publishers, dates and datelines, lost paragraphs, quotes and events.
    /// </summary>
    private static void Perturb(JsonArray articles)
    {
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i]!.AsObject();
            switch (i % 5)
            {
                case 0: article["publisher"] = "Reuters"; article["dateline"] = null; break;
                case 1: article["date"] = "2020-01-01"; article["authors"] = new JsonArray("Staff"); break;
                case 2: RemoveEverySecond(article["quotes"]!.AsArray()); RemoveEverySecond(article["events"]!.AsArray()); break;
                case 3: RemoveEverySecond(article["paragraphs"]!.AsArray()); break;
                default: foreach (var quote in article["quotes"]!.AsArray()) quote!["speaker"] = "the official"; break;
            }
        }
        articles[0]!["title"] = "A title no gold article has";
        articles.Add(articles[1]!.DeepClone());
        var foreign = articles[2]!.DeepClone();
        foreign["seed"] = "no-such-file.txt";
        articles.Add(foreign);
    }

    private static void RemoveEverySecond(JsonArray items)
    {
        for (var i = items.Count - 1; i >= 0; i -= 2)
            items.RemoveAt(i);
    }

    [GeneratedRegex(@"^[a-z ]+ \(\d+\):$")]
    private static partial Regex MissHeading();
}
