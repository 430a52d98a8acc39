using System.Collections.Immutable;
using Briefings.Analysis;
using Briefings.Analysis.Entities;
using Briefings.Corpus;

namespace Briefings.Cache;

/// <summary>The analyses of the <see cref="ArticleCache"/> made with one gazetteer (its fingerprint), as the analyser asks for them.</summary>
internal sealed class GazetteerAnalyses(ArticleCache cache, string gazetteer) : IAnalysisCache
{
    public ArticleAnalysis? FindAnalysis(Article article) => cache.FindAnalysis(gazetteer, article);

    public void RememberAnalysis(Article article, ArticleAnalysis analysis) => cache.RememberAnalysis(gazetteer, article, analysis);

    public ImmutableArray<EntityMention>? FindMentions(Article article) => cache.FindMentions(gazetteer, article);

    public void RememberMentions(Article article, ImmutableArray<EntityMention> mentions) => cache.RememberMentions(gazetteer, article, mentions);
}
