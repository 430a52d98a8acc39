using System.Collections.Immutable;
using Briefings.Analysis;
using Briefings.Analysis.Entities;
using Briefings.Analysis.Timeline;

namespace Briefings.Cli.Json;

/// <summary>
/// What <c>articles --json --analysis</c> adds to each article's keys (schemas/articles-analysis.schema.json):
/// its quotations with their speakers, its dated events and the entities it names.
/// </summary>
public sealed record ArticleAnalysisJson(ImmutableArray<ArticleAnalysisJson.QuoteJson> Quotes, ImmutableArray<TimelineEvent> Events, ImmutableArray<EntityMention> Entities)
{
    public static ArticleAnalysisJson Of(ArticleAnalysis analysis) => new(
        [.. analysis.Quotes.Select(quote => new QuoteJson(quote.Text, quote.Speaker, quote.Role, quote.Paragraph, quote.Sentence))],
        analysis.Events, analysis.Entities);

    /// <summary>A quotation as the article gives it: the words, who said them (and in what role), where.</summary>
    public sealed record QuoteJson(string Text, string Speaker, string? Role, int Paragraph, string Sentence);
}
