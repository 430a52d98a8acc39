using System.Collections.Immutable;

namespace Briefings.Corpus.Web;

/// <summary>A saved web page read: its metadata and the blocks of its main text, in page order.</summary>
public sealed record WebPage(PageMetadata Metadata, ImmutableArray<TextBlock> Blocks);
