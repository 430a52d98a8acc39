using System.Collections.Immutable;
using System.CommandLine;
using Briefings.Analysis;
using Briefings.Build;
using Briefings.Cli.Json;
using Briefings.Composition;
using Briefings.Composition.Templates;
using Briefings.Corpus;
using Briefings.Definitions;

namespace Briefings.Cli.Commands;

/// <summary>
/// <c>explain &lt;brief-id&gt; [briefs.yaml] [--sections]</c>: says for every article why the brief selects it
/// or leaves it out; with <c>--sections</c>, for every key point, quotation and timeline row, the
/// article and paragraph it comes from and why it was chosen over the others.
/// </summary>
public static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("brief-id") { Description = "The id of a brief in the briefs file." };
        var briefs = new Argument<FileInfo>("briefs") { Description = "The briefs definition file.", DefaultValueFactory = _ => new FileInfo("briefs.yaml") };
        var sections = new Option<bool>("--sections") { Description = "Also show, for each key point, quotation and timeline row, its article, paragraph and why it was chosen." };
        var json = new Option<bool>("--json") { Description = "Print the explanation as JSON (schemas/explain.schema.json)." };
        var command = new Command("explain", "Show why each article is or is not selected by a brief (and, with --sections, why each section says what it says).") { id, briefs, sections, json };
        command.SetAction(parse => Run(parse.GetValue(id)!, parse.GetValue(briefs)!, parse.GetValue(sections), parse.GetValue(json)));
        return command;
    }

    private static int Run(string id, FileInfo briefsFile, bool sections, bool json)
    {
        try
        {
            var file = new BriefsFileLoader().Load(briefsFile.FullName);
            var entry = file.Briefs.FirstOrDefault(brief => brief.Id == id);
            if (entry is null)
            {
                Console.Error.WriteLine($"briefings: {briefsFile.Name} has no brief '{id}'{Common.Suggestion.Hint(id, file.Briefs.Select(brief => brief.Id))}; its briefs are {string.Join(", ", file.Briefs.Select(brief => brief.Id))}.");
                return ExitCodes.BadInput;
            }
            if (entry.Error is not null)
                throw entry.Error;
            var corpus = Progress.Load(file.SeedFolder);
            var analyzer = new ArticleAnalyzer(corpus.Gazetteer);
            var explanation = Explain(entry.Definition!, file, corpus, analyzer, sections);
            if (json)
                JsonOutput.Write(explanation, JsonOutput.Documents.ExplanationJson);
            else
                Print(explanation);
            return ExitCodes.Success;
        }
        catch (Exception error) when (error is DefinitionException or CompositionException or TemplateException)
        {
            Console.Error.WriteLine($"briefings: {ErrorText.Of(error)}");
            return ExitCodes.BadInput;
        }
    }

    private static ExplanationJson Explain(BriefDefinition brief, BriefsFile file, ArticleCorpus corpus, ArticleAnalyzer analyzer, bool sections)
    {
        var number = 0;
        var articles = ArticleSelector.Explain(brief.Select, corpus, analyzer)
            .Select(reason => new ExplanationJson.Selection(reason.Article.Id, reason.Selected, reason.Selected ? ++number : null, reason.Reasons))
            .ToImmutableArray();
        var chosen = !sections || number == 0 ? [] : new BriefComposer(TemplateSet.Load(file.TemplateFolder), analyzer)
            .Sections(brief, ArticleSelector.SelectFor(brief, corpus, analyzer))
            .Where(section => !section.Choices.IsEmpty)
            .Select(section => new ExplanationJson.Section(section.Kind, section.Title, [.. section.Choices.Select((choice, index) =>
                new ExplanationJson.Choice(index + 1, choice.Source, choice.ArticleId, choice.Paragraph + 1, choice.Item, choice.Why))]))
            .ToImmutableArray();
        return new ExplanationJson(brief.Id, number, articles, chosen);
    }

    private static void Print(ExplanationJson explanation)
    {
        Terminal.Table(["source", "article", "why"], explanation.Articles.Select(article => (IReadOnlyList<string>)
        [
            article.Source is { } source ? $"[{source}]" : "-",
            article.Id,
            string.Join("; ", article.Reasons),
        ]));
        Console.WriteLine($"{explanation.SelectedCount} of {explanation.Articles.Length} articles selected.");
        foreach (var section in explanation.Sections)
        {
            Console.WriteLine();
            Console.WriteLine($"{section.Kind}: {section.Title}");
            Terminal.Table(["#", "source", "article ¶", "item", "why"], section.Choices.Select(choice => (IReadOnlyList<string>)
            [
                choice.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"[{choice.Source}]",
                $"{choice.Article} ¶{choice.Paragraph}",
                choice.Item.Length > 90 ? choice.Item[..89] + "…" : choice.Item,
                choice.Why,
            ]));
        }
    }
}
