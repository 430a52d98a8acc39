using Briefings.Analysis;
using Briefings.Cache;
using Briefings.Composition;
using Briefings.Composition.Templates;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Foundation.Text;

namespace Briefings.Inspection;

/// <summary>
/// The corpus as the inspecting commands see it (<c>articles</c>, <c>show</c>, <c>entities</c>,
/// <c>explain</c>): loaded once, then looked at through the same analysis and selection the build uses.
/// What the last build kept in the article cache is read from it, never written.
/// </summary>
public sealed class CorpusInspector : IDisposable
{
    private readonly Lazy<ArticleAnalyzer> _analyzer;
    private readonly ArticleCache _cache;

    private CorpusInspector(string seedFolder, ArticleCache cache)
    {
        _cache = cache;
        Corpus = new CorpusLoader(CorpusOptions.Default).Load(seedFolder, cache);
        _analyzer = new Lazy<ArticleAnalyzer>(() => new ArticleAnalyzer(Corpus.Gazetteer, cache.AnalysesFor(Corpus.Gazetteer)));
    }

    public ArticleCorpus Corpus { get; }

    /// <param name="program">The program's fingerprint, which the cache must have been written by; null reads no cache.</param>
    public static CorpusInspector Open(string seedFolder, string? program = null) =>
        new(seedFolder, program is null ? ArticleCache.Empty() : ProjectCache.ForSeeds(seedFolder, program));

    public Article? Find(string id) => Corpus.Find(id);

    /// <summary>Each article with its analysis (quotes, dated events, entities), in corpus order.</summary>
    public IEnumerable<(Article Article, ArticleAnalysis Analysis)> Analysed() =>
        Corpus.Articles.Select(article => (article, _analyzer.Value.Analyze(article)));

    /// <summary>The gazetteer's entities with their mentions, then the names it lacks; both most mentioned first.</summary>
    public EntityTally Entities(int candidates)
    {
        var analyses = Corpus.Articles.Select(_analyzer.Value.Analyze).ToList();
        var known = analyses.SelectMany(analysis => analysis.Entities)
            .GroupBy(mention => mention.Name, StringComparer.Ordinal)
            .Select(group => new EntityTally.Row(group.Key, group.First().Kind, group.Sum(mention => mention.Mentions), group.Count()))
            .OrderByDescending(row => row.Mentions).ThenBy(row => row.Name, StringComparer.Ordinal);
        var unknown = analyses.SelectMany(analysis => analysis.Candidates)
            .GroupBy(candidate => candidate.Name, StringComparer.Ordinal)
            .Select(group => new EntityTally.Row(group.Key, null, group.Sum(candidate => candidate.Mentions), group.Count()))
            .OrderByDescending(row => row.Mentions).ThenBy(row => row.Name, StringComparer.Ordinal)
            .Take(Math.Max(0, candidates));
        return new EntityTally([.. known], [.. unknown]);
    }

    /// <summary>Why the brief <paramref name="id"/> of briefs.yaml selects each article or not; with <paramref name="sections"/>, why each section says what it says.</summary>
    /// <exception cref="DefinitionException">briefs.yaml, or the brief, is refused, or has no such brief.</exception>
    /// <exception cref="CompositionException">The brief cannot be composed.</exception>
    /// <exception cref="TemplateException">A template is refused.</exception>
    /// <param name="program">As for <see cref="Open"/>.</param>
    public static BriefExplanation Explain(string briefsPath, string id, bool sections, string? program = null)
    {
        var file = new BriefsFileLoader().Load(briefsPath);
        var brief = file.Briefs.FirstOrDefault(brief => brief.Id == id) switch
        {
            null => throw new DefinitionException(null, $"{Path.GetFileName(briefsPath)} has no brief '{id}'{Suggestion.Hint(id, file.Briefs.Select(known => known.Id))}; its briefs are {string.Join(", ", file.Briefs.Select(brief => brief.Id))}."),
            RefusedBrief refused => throw refused.Error,
            var loaded => ((LoadedBrief)loaded).Definition,
        };
        using var inspector = new CorpusInspector(file.SeedFolder, program is null ? ArticleCache.Empty() : ProjectCache.ForOutput(file.OutputFolder, program));
        var analyzer = inspector._analyzer.Value;
        var reasons = ArticleSelector.Explain(brief.Select, inspector.Corpus, analyzer);
        if (!sections || !reasons.Any(reason => reason.Selected))
            return new BriefExplanation(reasons, []);
        var composer = new BriefComposer(TemplateSet.Load(file.TemplateFolder), analyzer);
        var explained = composer.Sections(brief, ArticleSelector.SelectFor(brief, inspector.Corpus, analyzer)).Where(section => !section.Choices.IsEmpty);
        return new BriefExplanation(reasons, [.. explained]);
    }

    public void Dispose() => _cache.Dispose();
}
