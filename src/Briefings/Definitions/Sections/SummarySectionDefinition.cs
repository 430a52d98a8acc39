namespace Briefings.Definitions.Sections;

/// <summary><c>summary</c>: the most central sentences across the selected articles (LexRank), optionally leaning towards focus terms.</summary>
public sealed record SummarySectionDefinition : SectionDefinition
{
    /// <summary>Sentences in the summary, across all selected articles; by default the brief's length decides.</summary>
    public int? Sentences { get; init; }

    /// <summary>Terms the summary should favour (<c>focus: [Hamas, funding]</c>).</summary>
    public List<string> Focus { get; init; } = [];

    public override OptionProblem? Problem() => Sentences is < 1 or > 50 ? new("sentences", "'sentences' must be between 1 and 50") : null;
}
