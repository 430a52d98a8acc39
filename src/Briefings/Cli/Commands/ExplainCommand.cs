using System.CommandLine;
using Briefings.Cli.Json;
using Briefings.Common;
using Briefings.Composition;
using Briefings.Composition.Templates;
using Briefings.Definitions;
using Briefings.Inspection;

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
        BriefExplanation explanation;
        try
        {
            explanation = Progress.While("Reading and analysing the articles…", () => CorpusInspector.Explain(briefsFile.FullName, id, sections, Build.ProgramFingerprint.Current));
        }
        catch (Exception error) when (error is DefinitionException or CompositionException or TemplateException)
        {
            Console.Error.WriteLine($"briefings: {ErrorText.Of(error)}");
            return ExitCodes.BadInput;
        }
        var shape = Shape(id, explanation);
        if (json)
            JsonOutput.Write(shape, JsonOutput.Documents.ExplanationJson);
        else
            Print(shape);
        return ExitCodes.Success;
    }

    private static ExplanationJson Shape(string id, BriefExplanation explanation)
    {
        var number = 0;
        return new ExplanationJson(
            id,
            explanation.Reasons.Count(reason => reason.Selected),
            [.. explanation.Reasons.Select(reason => new ExplanationJson.Selection(reason.Article.Id, reason.Selected, reason.Selected ? ++number : null, reason.Reasons))],
            [.. explanation.Sections.Select(section => new ExplanationJson.Section(section.Kind, section.Title, [.. section.Choices.Select((choice, index) =>
                new ExplanationJson.Choice(index + 1, choice.Source, choice.ArticleId, choice.Paragraph + 1, choice.Item, choice.Why))]))]);
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
