using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Briefings.Cli.Json;
using Briefings.Inspection;

namespace Briefings.Cli.Commands;

/// <summary><c>articles [seeds] [--json]</c>: lists the corpus so briefs can select by id.</summary>
public static class ArticlesCommand
{
    public static Command Create()
    {
        var seeds = SeedsArgument();
        var json = new Option<bool>("--json") { Description = "Print every article with its metadata, paragraphs, captions and notes as JSON." };
        var analysis = new Option<bool>("--analysis") { Description = "With --json: add each article's quotes, dated events and entities." };
        var command = new Command("articles", "List the articles of the corpus: id, date, publisher, words, title.") { seeds, json, analysis };
        command.SetAction(parse => Run(parse.GetValue(seeds)!, parse.GetValue(json), parse.GetValue(analysis)));
        return command;
    }

    public static Argument<DirectoryInfo> SeedsArgument() =>
        new("seeds") { Description = "The seed folder.", DefaultValueFactory = _ => new DirectoryInfo("seeds") };

    /// <summary>Each article's JSON object with <c>quotes</c>, <c>events</c> and <c>entities</c> added (the evaluation test scores these).</summary>
    internal static List<JsonObject> AnalysedArticles(CorpusInspector inspector) =>
        [.. inspector.Analysed().Select(pair =>
        {
            var (article, analysis) = pair;
            var node = JsonSerializer.SerializeToNode(article, JsonOutput.Documents.Article)!.AsObject();
            foreach (var (key, value) in JsonSerializer.SerializeToNode(ArticleAnalysisJson.Of(analysis), JsonOutput.Documents.ArticleAnalysisJson)!.AsObject().ToList())
                node[key] = value?.DeepClone();
            return node;
        })];

    /// <summary>The corpus of the seed folder, its warnings printed.</summary>
    public static CorpusInspector Load(DirectoryInfo seeds)
    {
        var inspector = Progress.While($"Reading the articles in {seeds.Name}/…", () => CorpusInspector.Open(seeds.FullName, Build.ProgramFingerprint.Current));
        foreach (var warning in inspector.Corpus.Warnings)
            Console.Error.WriteLine($"briefings: {warning}");
        return inspector;
    }

    private static int Run(DirectoryInfo seeds, bool json, bool analysis)
    {
        using var inspector = Load(seeds);
        if (analysis && !json)
        {
            Console.Error.WriteLine("briefings: --analysis adds to the JSON listing; use it with --json.");
            return ExitCodes.BadInput;
        }
        if (json)
        {
            if (analysis)
                JsonOutput.Write(new JsonArray([.. AnalysedArticles(inspector)]), JsonOutput.Documents.JsonArray);
            else
                JsonOutput.Write(inspector.Corpus.Articles, JsonOutput.Documents.ImmutableArrayArticle);
            return ExitCodes.Success;
        }
        var rows = inspector.Corpus.Articles.Select(article => (IReadOnlyList<string>)
        [
            article.Id,
            article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            article.Publisher ?? "",
            article.Words.ToString(CultureInfo.InvariantCulture),
            article.Title,
        ]);
        Terminal.Table(["id", "date", "publisher", "words", "title"], rows, whole: new HashSet<int> { 0, 1, 3 }, truncated: 4);
        return ExitCodes.Success;
    }
}
