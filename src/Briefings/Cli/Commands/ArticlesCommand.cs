using System.CommandLine;
using System.Globalization;
using Briefings.Corpus;

namespace Briefings.Cli.Commands;

/// <summary><c>articles [seeds] [--json]</c>: lists the corpus so briefs can select by id.</summary>
public static class ArticlesCommand
{
    public static Command Create()
    {
        var seeds = SeedsArgument();
        var json = new Option<bool>("--json") { Description = "Print every article with its metadata, paragraphs, captions and notes as JSON." };
        var command = new Command("articles", "List the articles of the corpus: id, date, publisher, words, title.") { seeds, json };
        command.SetAction(parse => Run(parse.GetValue(seeds)!, parse.GetValue(json)));
        return command;
    }

    public static Argument<DirectoryInfo> SeedsArgument() =>
        new("seeds") { Description = "The seed folder.", DefaultValueFactory = _ => new DirectoryInfo("seeds") };

    public static ArticleCorpus Load(DirectoryInfo seeds)
    {
        var corpus = new CorpusLoader(CorpusOptions.Default).Load(seeds.FullName);
        foreach (var warning in corpus.Warnings)
            Console.Error.WriteLine($"briefings: {warning}");
        return corpus;
    }

    private static int Run(DirectoryInfo seeds, bool json)
    {
        var corpus = Load(seeds);
        if (json)
        {
            JsonOutput.Write(corpus.Articles);
            return ExitCodes.Success;
        }
        var rows = corpus.Articles.Select(article => (IReadOnlyList<string>)
        [
            article.Id,
            article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            article.Publisher ?? "",
            article.Words.ToString(CultureInfo.InvariantCulture),
            article.Title,
        ]);
        Terminal.Table(["id", "date", "publisher", "words", "title"], rows);
        return ExitCodes.Success;
    }
}
