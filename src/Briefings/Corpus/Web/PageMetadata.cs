using System.Collections.Immutable;

namespace Briefings.Corpus.Web;

/// <summary>What a page's structured data and meta tags say about its article; null where they say nothing.</summary>
public sealed record PageMetadata(
    string? Title,
    ImmutableArray<string> Authors,
    string? Publisher,
    DateOnly? Date,
    string? Url,
    string? Description);
