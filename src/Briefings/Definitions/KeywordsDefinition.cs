namespace Briefings.Definitions;

/// <summary>Words an article must contain: every one of <see cref="All"/> and at least one of <see cref="Any"/>.</summary>
public sealed record KeywordsDefinition
{
    public List<string> All { get; init; } = [];
    public List<string> Any { get; init; } = [];

    public bool IsEmpty => All.Count == 0 && Any.Count == 0;
}
