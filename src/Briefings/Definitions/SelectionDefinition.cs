namespace Briefings.Definitions;

/// <summary>Which articles a brief draws on: the listed ids, plus every article matching the keywords.</summary>
public sealed record SelectionDefinition : ILocated
{
    public List<ArticleReference> Ids { get; init; } = [];
    public KeywordsDefinition Keywords { get; init; } = new();

    public SourceLocation? Location { get; init; }

    public bool IsEmpty => Ids.Count == 0 && Keywords.IsEmpty;

    public object WithLocation(SourceLocation location) => this with { Location = location };
}
