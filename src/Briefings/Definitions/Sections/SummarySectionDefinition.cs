namespace Briefings.Definitions.Sections;

/// <summary><c>summary</c>: the opening sentences of each selected article.</summary>
public sealed record SummarySectionDefinition : SectionDefinition
{
    /// <summary>Sentences taken from each article.</summary>
    public int Sentences { get; init; } = 2;
}
