using System.Collections.Immutable;

namespace Briefings.Corpus.Web;

/// <summary>
/// One item of an RSS or Atom feed: its metadata and its text as HTML. <see cref="IsSummary"/> is true
/// when the feed gave only a summary (RSS <c>description</c>, Atom <c>summary</c>), not the full text.
/// </summary>
public sealed record FeedItem(int Line, string? Title, ImmutableArray<string> Authors, DateOnly? Date, string? Url, string Html, bool IsSummary);
