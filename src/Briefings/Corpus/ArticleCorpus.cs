using System.Collections.Immutable;
using Briefings.Corpus.Entities;

namespace Briefings.Corpus;

/// <summary>
/// All articles loaded from the seed folder, in seed-file order, the gazetteer of known names that
/// came with them, and what went wrong on the way.
/// </summary>
public sealed record ArticleCorpus(ImmutableArray<Article> Articles, ImmutableArray<CorpusWarning> Warnings)
{
    public Gazetteer Gazetteer { get; init; } = Gazetteer.Empty;

    public Article? Find(string id) => Articles.FirstOrDefault(article => article.Id == id);
}
