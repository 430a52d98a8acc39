using System.CommandLine;
using System.Globalization;
using Briefings.Foundation.Text;

namespace Briefings.Cli.Commands;

/// <summary><c>show &lt;id&gt; [seeds]</c>: prints one cleaned article with its metadata.</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The article id, as listed by `articles`." };
        var seeds = ArticlesCommand.SeedsArgument();
        var json = new Option<bool>("--json") { Description = "Print the article as JSON, in the shape of one element of `articles --json` (schemas/article.schema.json)." };
        var command = new Command("show", "Print one cleaned article with its metadata.") { id, seeds, json };
        command.SetAction(parse => Run(parse.GetValue(id)!, parse.GetValue(seeds)!, parse.GetValue(json)));
        return command;
    }

    private static int Run(string id, DirectoryInfo seeds, bool json)
    {
        using var inspector = ArticlesCommand.Load(seeds);
        var article = inspector.Find(id);
        if (article is null)
        {
            Console.Error.WriteLine($"briefings: no article has the id '{id}'{Suggestion.Hint(id, inspector.Corpus.Articles.Select(known => known.Id))}; `briefings articles` lists the ids.");
            return ExitCodes.BadInput;
        }
        if (json)
        {
            JsonOutput.Write(article, JsonOutput.Documents.Article);
            return ExitCodes.Success;
        }
        void Field(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
                Console.WriteLine($"{name,-10} {value}");
        }
        Field("id", article.Id);
        Field("title", article.Title);
        Field("authors", string.Join(", ", article.Authors));
        Field("publisher", article.Publisher);
        Field("date", article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field("dateline", article.Dateline);
        Field("url", article.Url);
        Field("tags", string.Join(", ", article.Tags));
        Field("seed", $"{article.Seed}:{article.SeedLine}");
        Field("hash", article.Hash);
        Console.WriteLine();
        foreach (var paragraph in article.Paragraphs)
            Console.WriteLine(paragraph + "\n");
        foreach (var caption in article.Captions)
            Console.WriteLine("[caption] " + caption);
        foreach (var note in article.Notes)
            Console.WriteLine("[note] " + note);
        return ExitCodes.Success;
    }
}
