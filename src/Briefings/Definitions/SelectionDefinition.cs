using Briefings.Common;

namespace Briefings.Definitions;

/// <summary>
/// Which articles a brief draws on: the listed <see cref="Ids"/>, plus every article that passes all
/// the filters given: any of the <see cref="Tags"/>, any of the entities in <see cref="Mentions"/>
/// (by any alias), the <see cref="Keywords"/>, and a date within <see cref="Since"/>–<see cref="Until"/>.
/// </summary>
public sealed record SelectionDefinition : ILocated
{
    public List<ArticleReference> Ids { get; init; } = [];
    public List<string> Tags { get; init; } = [];
    public List<string> Mentions { get; init; } = [];
    public KeywordsDefinition Keywords { get; init; } = new();
    public DateOnly? Since { get; init; }
    public DateOnly? Until { get; init; }

    public SourceLocation? Location { get; init; }

    public bool HasFilters => Tags.Count > 0 || Mentions.Count > 0 || !Keywords.IsEmpty || Since is not null || Until is not null;

    public bool IsEmpty => Ids.Count == 0 && !HasFilters;

    public object WithLocation(SourceLocation location) => this with { Location = location };
}
