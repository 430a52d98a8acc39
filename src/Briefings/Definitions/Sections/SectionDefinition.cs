using Briefings.Common;

namespace Briefings.Definitions.Sections;

/// <summary>
/// A section of a brief as written: either a bare kind (<c>- sources</c>) or a kind with options
/// (<c>- summary: { sentences: 2 }</c>). Each kind is one subclass registered in <see cref="SectionKinds"/>.
/// </summary>
public abstract record SectionDefinition : ILocated
{
    /// <summary>The heading printed above the section; each kind has its own default.</summary>
    public string? Title { get; init; }

    public SourceLocation? Location { get; init; }

    /// <summary>What is wrong with the options, or null when they are usable.</summary>
    public virtual OptionProblem? Problem() => null;

    public object WithLocation(SourceLocation location) => this with { Location = location };
}
