using System.Collections.Immutable;
using Briefings.Analysis.Entities;
using Briefings.Corpus;

namespace Briefings.Analysis;

/// <summary>
/// Analyses kept from an earlier run for one gazetteer, by what an analysis depends on: the article's
/// <see cref="Article.Hash"/> and date (its entity mentions by the hash alone). Thread-safe.
/// </summary>
public interface IAnalysisCache
{
    ArticleAnalysis? FindAnalysis(Article article);

    void RememberAnalysis(Article article, ArticleAnalysis analysis);

    ImmutableArray<EntityMention>? FindMentions(Article article);

    void RememberMentions(Article article, ImmutableArray<EntityMention> mentions);
}
