using System.Collections.Concurrent;
using System.Collections.Immutable;
using Briefings.Analysis.Entities;
using Briefings.Analysis.Quotes;
using Briefings.Analysis.Timeline;
using Briefings.Corpus;
using Briefings.Corpus.Entities;

namespace Briefings.Analysis;

/// <summary>
/// The analysis stage's façade: analyses an article once per content (cached by its hash and date,
/// which are all the analysis depends on besides this analyser's gazetteer). Thread-safe.
/// </summary>
/// <param name="store">Analyses kept from an earlier run with the same gazetteer: looked up before analysing, given each new one.</param>
public sealed class ArticleAnalyzer(Gazetteer gazetteer, IAnalysisCache? store = null)
{
    private readonly ConcurrentDictionary<(string Hash, DateOnly? Date), ArticleAnalysis> _cache = new();
    private readonly ConcurrentDictionary<string, ImmutableArray<EntityMention>> _mentions = new();
    private readonly ConcurrentDictionary<string, string> _searchTexts = new();
    private readonly QuoteExtractor _quotes = new(gazetteer);

    public Gazetteer Gazetteer => gazetteer;

    public ArticleAnalysis Analyze(Article article) =>
        _cache.GetOrAdd((article.Hash, article.Date), _ => store?.FindAnalysis(article) ?? Stored(article, AnalyzeUncached(article)));

    /// <summary>
    /// The article's title and text in lower case, for keyword search: an ordinal search in it is many
    /// times faster than a case-insensitive one, and a build searches every article for every brief.
    /// </summary>
    public string SearchText(Article article) =>
        _searchTexts.GetOrAdd(article.Hash, _ => (article.Title + "\n" + article.Text).ToLowerInvariant());

    /// <summary>Only the known entities an article names, cheaper than a whole analysis (selection by <c>mentions</c> needs no more).</summary>
    public ImmutableArray<EntityMention> Entities(Article article) =>
        _mentions.GetOrAdd(article.Hash, _ => store?.FindMentions(article) ?? StoredMentions(article, CountEntities(article.Paragraphs)));

    private ArticleAnalysis Stored(Article article, ArticleAnalysis analysis)
    {
        store?.RememberAnalysis(article, analysis);
        return analysis;
    }

    private ImmutableArray<EntityMention> StoredMentions(Article article, ImmutableArray<EntityMention> mentions)
    {
        store?.RememberMentions(article, mentions);
        return mentions;
    }

    private ArticleAnalysis AnalyzeUncached(Article article)
    {
        var paragraphs = article.Paragraphs;
        var sentences = ImmutableArray.CreateBuilder<AnalysedSentence>();
        var known = new List<NameMatch>();
        var candidates = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < paragraphs.Length; index++)
        {
            foreach (var sentence in SentenceSplitter.Split(paragraphs[index]))
                sentences.Add(new AnalysedSentence(sentence, index, sentences.Count));
            // One gazetteer pass per paragraph serves both the mentions and the unknown-name candidates.
            List<NameMatch> matches = [.. gazetteer.Find(paragraphs[index])];
            known.AddRange(matches);
            foreach (var name in NameCandidateFinder.Find(paragraphs[index], matches))
                candidates[name] = candidates.GetValueOrDefault(name) + 1;
        }
        return new ArticleAnalysis(
            sentences.ToImmutable(),
            _quotes.Extract(paragraphs),
            EventExtractor.Extract(paragraphs, article.Date),
            _mentions.GetOrAdd(article.Hash, _ => StoredMentions(article, Count(known))),
            [.. candidates.Select(pair => new NameCandidate(pair.Key, pair.Value))
                .OrderByDescending(candidate => candidate.Mentions).ThenBy(candidate => candidate.Name, StringComparer.Ordinal)]);
    }

    private ImmutableArray<EntityMention> CountEntities(ImmutableArray<string> paragraphs) => Count(paragraphs.SelectMany(gazetteer.Find));

    private static ImmutableArray<EntityMention> Count(IEnumerable<NameMatch> matches)
    {
        var counts = new Dictionary<EntityDefinition, int>();
        foreach (var match in matches)
            counts[match.Entity] = counts.GetValueOrDefault(match.Entity) + 1;
        return [.. counts.Select(pair => new EntityMention(pair.Key.Name, pair.Key.Kind, pair.Key.Role, pair.Value))
            .OrderByDescending(mention => mention.Mentions).ThenBy(mention => mention.Name, StringComparer.Ordinal)];
    }
}
