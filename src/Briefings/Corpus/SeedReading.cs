using System.Collections.Immutable;

namespace Briefings.Corpus;

/// <summary>
/// All that reading one seed file gives, before ids are assigned and corrections applied: its
/// articles, its warnings (decoding and parsing) and a Markdown seed's front matter. It depends only
/// on the file's name and bytes, so a cache may keep it by them.
/// </summary>
public sealed record SeedReading(ImmutableArray<ParsedArticle> Articles, ImmutableArray<CorpusWarning> Warnings, CatalogEntry? FrontMatter);
