using System.Collections.Immutable;

namespace Briefings.Corpus;

/// <summary>All articles loaded from the seed folder, in seed-file order, and what went wrong on the way.</summary>
public sealed record ArticleCorpus(ImmutableArray<Article> Articles, ImmutableArray<CorpusWarning> Warnings)
{
    public Article? Find(string id) => Articles.FirstOrDefault(article => article.Id == id);
}
