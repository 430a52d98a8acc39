namespace Briefings.Corpus;

/// <summary>
/// One correction from <c>seeds/catalog.yaml</c>: it names an article by <see cref="Id"/> (or every
/// article of a <see cref="Seed"/> file) and sets the fields it gives.
/// </summary>
public sealed record CatalogEntry
{
    public string? Id { get; init; }
    public string? Seed { get; init; }
    public string? Title { get; init; }
    public List<string>? Authors { get; init; }
    public string? Publisher { get; init; }
    public DateOnly? Date { get; init; }
    public string? Url { get; init; }
    public List<string>? Tags { get; init; }

    /// <summary>The entry's line in catalog.yaml, for warnings.</summary>
    public int Line { get; init; }

    public bool Matches(Article article) =>
        Id is not null ? Id == article.Id : Seed == article.Seed;

    public Article ApplyTo(Article article) => article with
    {
        Title = Title ?? article.Title,
        Authors = Authors is null ? article.Authors : [.. Authors],
        Publisher = Publisher ?? article.Publisher,
        Date = Date ?? article.Date,
        DateIsMonth = Date is null && article.DateIsMonth,
        Url = Url ?? article.Url,
        Tags = Tags is null ? article.Tags : [.. Tags],
    };
}
