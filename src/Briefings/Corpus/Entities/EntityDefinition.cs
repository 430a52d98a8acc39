namespace Briefings.Corpus.Entities;

/// <summary>One entry of <c>seeds/entities.yaml</c>: a canonical name, its kind, an optional role and its aliases.</summary>
public sealed record EntityDefinition
{
    public string Name { get; init; } = "";
    public string Kind { get; init; } = EntityKinds.Organisation;
    public string? Role { get; init; }
    public List<string> Aliases { get; init; } = [];

    /// <summary>The entry's line in entities.yaml, for warnings.</summary>
    public int Line { get; init; }

    public IEnumerable<string> Names => [Name, .. Aliases];
}
