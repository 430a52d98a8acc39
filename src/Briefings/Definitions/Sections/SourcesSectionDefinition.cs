namespace Briefings.Definitions.Sections;

/// <summary><c>sources</c>: the numbered list of the selected articles that citations point to.</summary>
public sealed record SourcesSectionDefinition : SectionDefinition;
