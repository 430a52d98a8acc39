using System.Collections.Immutable;

namespace Briefings.Cli.Json;

/// <summary>
/// The shape of <c>explain --json</c> (schemas/explain.schema.json): each article, whether the brief
/// selects it (with its source number) and why; with <c>--sections</c>, each section's chosen items.
/// </summary>
public sealed record ExplanationJson(string Brief, int SelectedCount, ImmutableArray<ExplanationJson.Selection> Articles, ImmutableArray<ExplanationJson.Section> Sections)
{
    /// <summary>An article of the corpus: whether the brief selects it, its source number if so, and why.</summary>
    public sealed record Selection(string Id, bool Selected, int? Source, ImmutableArray<string> Reasons);

    public sealed record Section(string Kind, string Title, ImmutableArray<Choice> Choices);

    /// <summary>One key point, quotation or timeline row: its source number, article and 1-based paragraph, and why it was chosen.</summary>
    public sealed record Choice(int Rank, int Source, string Article, int Paragraph, string Item, string Why);
}
