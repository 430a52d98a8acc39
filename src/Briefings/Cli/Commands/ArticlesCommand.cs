using System.CommandLine;
using Briefings.Corpus;

namespace Briefings.Cli.Commands;

/// <summary><c>articles [seeds]</c>: lists the corpus (id, date, title, words) so briefs can select by id.</summary>
public static class ArticlesCommand
{
    public static Command Create()
    {
        var seeds = new Argument<DirectoryInfo>("seeds") { Description = "The seed folder.", DefaultValueFactory = _ => new DirectoryInfo("seeds") };
        var command = new Command("articles", "List the articles of the corpus with their ids.") { seeds };
        command.SetAction(parse => Run(parse.GetValue(seeds)!));
        return command;
    }

    private static int Run(DirectoryInfo seeds)
    {
        var corpus = new CorpusLoader(CorpusOptions.Default).Load(seeds.FullName);
        foreach (var warning in corpus.Warnings)
            Console.Error.WriteLine($"briefings: {warning}");
        var rows = corpus.Articles.Select(article => (IReadOnlyList<string>)
        [
            article.Id,
            article.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            article.Paragraphs.Sum(paragraph => paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).ToString(System.Globalization.CultureInfo.InvariantCulture),
            article.Title,
        ]);
        Terminal.Table(["id", "date", "words", "title"], rows);
        return ExitCodes.Success;
    }
}
