using Briefings.Common;
using Briefings.Definitions.Sections;

namespace Briefings.Definitions;

/// <summary>One brief as the user wrote it in briefs.yaml.</summary>
public sealed record BriefDefinition : ILocated
{
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Subtitle { get; init; }
    public string? Marking { get; init; }
    public string? PreparedBy { get; init; }
    public string? Label { get; init; }

    /// <summary>The PDF's path inside the output folder; defaults to <c>&lt;id&gt;.pdf</c>.</summary>
    public string? Output { get; init; }

    /// <summary>How long the brief should be (<c>length: 2-4 pages</c>); null for the default.</summary>
    public BriefLength? Length { get; init; }

    public SelectionDefinition Select { get; init; } = new();
    public List<SectionDefinition> Sections { get; init; } = [];

    /// <summary>Who the brief is mailed to (over <c>defaults.email</c>); not part of its PDF.</summary>
    public Delivery.EmailDefinition? Email { get; init; }

    public SourceLocation? Location { get; init; }

    public object WithLocation(SourceLocation location) => this with { Location = location };
}
