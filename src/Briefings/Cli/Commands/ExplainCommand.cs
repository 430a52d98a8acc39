using System.CommandLine;
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
        var command = new Command("explain", "Show why each article is or is not selected by a brief (and, with --sections, why each section says what it says).") { id, briefs, sections };
        command.SetAction(parse => Run(parse.GetValue(id)!, parse.GetValue(briefs)!, parse.GetValue(sections)));
        return command;
    }

    private static int Run(string id, FileInfo briefsFile, bool sections)
    {
        BriefExplanation explanation;
        try
        {
            explanation = CorpusInspector.Explain(briefsFile.FullName, id, sections);
        }
        catch (Exception error) when (error is DefinitionException or CompositionException or TemplateException)
        {
            Console.Error.WriteLine($"briefings: {ErrorText.Of(error)}");
            return ExitCodes.BadInput;
        }
        var number = 0;
        Terminal.Table(["source", "article", "why"], explanation.Reasons.Select(reason => (IReadOnlyList<string>)
        [
            reason.Selected ? $"[{++number}]" : "-",
            reason.Article.Id,
            string.Join("; ", reason.Reasons),
        ]));
        Console.WriteLine($"{number} of {explanation.Reasons.Length} articles selected.");
        foreach (var section in explanation.Sections)
        {
            Console.WriteLine();
            Console.WriteLine($"{section.Kind}: {section.Title}");
            Terminal.Table(["#", "source", "article ¶", "item", "why"], section.Choices.Select((choice, index) => (IReadOnlyList<string>)
            [
                (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"[{choice.Source}]",
                $"{choice.ArticleId} ¶{choice.Paragraph + 1}",
                choice.Item.Length > 90 ? choice.Item[..89] + "…" : choice.Item,
                choice.Why,
            ]));
        }
        return ExitCodes.Success;
    }
}
