namespace Briefings.Definitions.Sections;

/// <summary><c>entities</c>: the people and organisations most named across the selected articles.</summary>
public sealed record EntitiesSectionDefinition : SectionDefinition
{
    /// <summary>Most entities listed; by default the brief's length decides.</summary>
    public int? Top { get; init; }

    public override OptionProblem? Problem() => Top is < 1 or > 200 ? new("top", "'top' must be between 1 and 200") : null;
}
