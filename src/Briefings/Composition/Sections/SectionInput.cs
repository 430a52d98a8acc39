using System.Collections.Immutable;
using Briefings.Analysis;
using Briefings.Composition.Names;
using Briefings.Corpus;
using Briefings.Corpus.Entities;
using Briefings.Definitions;

namespace Briefings.Composition.Sections;

/// <summary>
/// What every section composer reads: the brief's numbered articles, each with its analysis, the
/// gazetteer, what the brief is about and how long it may be.
/// </summary>
public sealed record SectionInput(Selection Selection, ImmutableArray<ArticleAnalysis> Analyses, Gazetteer Gazetteer, BriefTopic Topic, BriefLength Length)
{
    public SectionInput(Selection selection, ImmutableArray<ArticleAnalysis> analyses, Gazetteer gazetteer)
        : this(selection, analyses, gazetteer, BriefTopic.Open(gazetteer), BriefLength.Default)
    {
    }

    /// <summary>Prints every known entity under one spelling.</summary>
    public NameStyler Names { get; } = new(Gazetteer);

    /// <summary>Each article with its source number and analysis, in citation order.</summary>
    public IEnumerable<(Article Article, int Source, ArticleAnalysis Analysis)> Sources =>
        Selection.Articles.Select((article, index) => (article, index + 1, Analyses[index]));
}
