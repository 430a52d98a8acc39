using System.Collections.Immutable;
using Briefings.Analysis.Entities;
using Briefings.Analysis.Quotes;
using Briefings.Analysis.Timeline;

namespace Briefings.Analysis;

/// <summary>What the analysis stage knows of one article: its sentences, quotations, dated events and named entities.</summary>
public sealed record ArticleAnalysis(
    ImmutableArray<AnalysedSentence> Sentences,
    ImmutableArray<Quote> Quotes,
    ImmutableArray<TimelineEvent> Events,
    ImmutableArray<EntityMention> Entities,
    ImmutableArray<NameCandidate> Candidates);
