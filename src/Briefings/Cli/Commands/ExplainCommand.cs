using System.CommandLine;
using Briefings.Analysis;
using Briefings.Build;
using Briefings.Composition;
using Briefings.Corpus;
using Briefings.Definitions;

namespace Briefings.Cli.Commands;

/// <summary><c>explain &lt;brief-id&gt; [briefs.yaml]</c>: says for every article why the brief selects it or leaves it out.</summary>
public static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("brief-id") { Description = "The id of a brief in the briefs file." };
        var briefs = new Argument<FileInfo>("briefs") { Description = "The briefs definition file.", DefaultValueFactory = _ => new FileInfo("briefs.yaml") };
        var command = new Command("explain", "Show why each article is or is not selected by a brief.") { id, briefs };
        command.SetAction(parse => Run(parse.GetValue(id)!, parse.GetValue(briefs)!));
        return command;
    }

    private static int Run(string id, FileInfo briefsFile)
    {
        try
        {
            var file = new BriefsFileLoader().Load(briefsFile.FullName);
            var entry = file.Briefs.FirstOrDefault(brief => brief.Id == id);
            if (entry is null)
            {
                Console.Error.WriteLine($"briefings: {briefsFile.Name} has no brief '{id}'; its briefs are {string.Join(", ", file.Briefs.Select(brief => brief.Id))}.");
                return ExitCodes.BadInput;
            }
            if (entry.Error is not null)
                throw entry.Error;
            var corpus = new CorpusLoader(CorpusOptions.Default).Load(file.SeedFolder);
            var reasons = ArticleSelector.Explain(entry.Definition!.Select, corpus, new ArticleAnalyzer(corpus.Gazetteer));
            var number = 0;
            Terminal.Table(["source", "article", "why"], reasons.Select(reason => (IReadOnlyList<string>)
            [
                reason.Selected ? $"[{++number}]" : "-",
                reason.Article.Id,
                string.Join("; ", reason.Reasons),
            ]));
            Console.WriteLine($"{number} of {reasons.Length} articles selected.");
            return ExitCodes.Success;
        }
        catch (Exception error) when (error is DefinitionException or CompositionException)
        {
            Console.Error.WriteLine($"briefings: {ErrorText.Of(error)}");
            return ExitCodes.BadInput;
        }
    }
}
