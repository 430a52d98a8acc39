using System.Collections.Immutable;
using Briefings.Analysis;
using Briefings.Analysis.Entities;
using Briefings.Corpus;

namespace Briefings.Composition.Sections;

/// <summary>What every section composer reads: the brief's numbered articles, each with its analysis, and the gazetteer.</summary>
public sealed record SectionInput(Selection Selection, ImmutableArray<ArticleAnalysis> Analyses, Gazetteer Gazetteer)
{
    /// <summary>Each article with its source number and analysis, in citation order.</summary>
    public IEnumerable<(Article Article, int Source, ArticleAnalysis Analysis)> Sources =>
        Selection.Articles.Select((article, index) => (article, index + 1, Analyses[index]));
}
