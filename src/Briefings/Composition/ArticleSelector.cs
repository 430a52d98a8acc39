using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Analysis;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Foundation.Text;

namespace Briefings.Composition;

/// <summary>
/// Resolves a brief's selection against the corpus: every listed id must exist; articles passing all
/// the filters (tags, mentions, keywords, since/until) are added. Articles keep corpus order (seed
/// file, then position), so numbering is stable. <see cref="Explain"/> says why for each article.
/// </summary>
public static class ArticleSelector
{
    /// <summary>The selected articles. A listed article needs no filter, and an article is dropped at the first filter it fails.</summary>
    public static Selection Select(SelectionDefinition selection, ArticleCorpus corpus, ArticleAnalyzer analyzer) =>
        new([.. Reasons(selection, corpus, analyzer, stopAtFirstFailure: true).Where(reason => reason.Selected).Select(reason => reason.Article)]);

    /// <summary>A brief's articles; a selection that matches none is refused at its place in briefs.yaml.</summary>
    public static Selection SelectFor(BriefDefinition brief, ArticleCorpus corpus, ArticleAnalyzer analyzer)
    {
        var selection = Select(brief.Select, corpus, analyzer);
        if (selection.Articles.IsEmpty)
            throw new CompositionException(brief.Select.Location ?? brief.Location, $"brief '{brief.Id}' matches no article; check its 'select' (run `briefings explain {brief.Id}` to see why each article is left out).");
        return selection;
    }

    /// <summary>Every article with the outcome of every filter, for <c>explain</c>.</summary>
    public static ImmutableArray<SelectionReason> Explain(SelectionDefinition selection, ArticleCorpus corpus, ArticleAnalyzer analyzer) =>
        Reasons(selection, corpus, analyzer, stopAtFirstFailure: false);

    private static ImmutableArray<SelectionReason> Reasons(SelectionDefinition selection, ArticleCorpus corpus, ArticleAnalyzer analyzer, bool stopAtFirstFailure)
    {
        foreach (var reference in selection.Ids)
            if (corpus.Find(reference.Id) is null)
                throw new CompositionException(reference.Location, $"no article has the id '{reference.Id}'{Suggestion.Hint(reference.Id, corpus.Articles.Select(article => article.Id))}. Run `briefings articles` to list the ids.");
        var listed = selection.Ids.Select(reference => reference.Id).ToHashSet(StringComparer.Ordinal);
        // Resolved once per selection, not once per article.
        var mentions = selection.Mentions.Select(name => (Name: name, Entity: analyzer.Gazetteer.Resolve(name)?.Name)).ToList();
        return [.. corpus.Articles.Select(article => Reason(article, listed.Contains(article.Id), selection, mentions, analyzer, stopAtFirstFailure))];
    }

    /// <summary>Checks the filters cheapest first (tags, dates, keywords, then mentions, which needs the gazetteer).</summary>
    /// <remarks>Messages are only made when explaining: a build checks every article for every brief.</remarks>
    private static SelectionReason Reason(Article article, bool listed, SelectionDefinition selection, List<(string Name, string? Entity)> mentions,
        ArticleAnalyzer analyzer, bool stopAtFirstFailure)
    {
        var reasons = ImmutableArray.CreateBuilder<string>();
        if (listed)
            reasons.Add("listed in 'ids'");
        if (!selection.HasFilters || (listed && stopAtFirstFailure))
            return new SelectionReason(article, listed, listed ? reasons.ToImmutable() : ["not listed in 'ids'"]);

        var passes = true;
        bool Check(bool ok, Func<string> why, Func<string> whyNot)
        {
            passes &= ok;
            if (!stopAtFirstFailure)
                reasons.Add(ok ? why() : whyNot());
            return ok || !stopAtFirstFailure;
        }
        var going = true;
        if (selection.Tags.Count > 0)
        {
            var tags = selection.Tags.Where(tag => article.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)).ToList();
            going = Check(tags.Count > 0, () => $"tagged {Quoted(tags)}", () => $"has none of the tags {Quoted(selection.Tags)}");
        }
        if (going && (selection.Since is not null || selection.Until is not null))
        {
            var date = article.Date;
            var within = date is { } known && (selection.Since is null || known >= selection.Since) && (selection.Until is null || known <= selection.Until);
            going = Check(within, () => $"dated {Format(date)}, within the dates",
                () => date is null ? "has no date, so cannot be within 'since'/'until'" : $"dated {Format(date)}, outside the dates");
        }
        if (going && !selection.Keywords.IsEmpty)
        {
            var text = analyzer.SearchText(article);
            bool Contains(string word) => text.Contains(word.ToLowerInvariant(), StringComparison.Ordinal);
            var missing = selection.Keywords.All.Where(word => !Contains(word)).ToList();
            var any = selection.Keywords.Any.Where(Contains).ToList();
            var ok = missing.Count == 0 && (selection.Keywords.Any.Count == 0 || any.Count > 0);
            going = Check(ok, () => $"contains {Quoted([.. selection.Keywords.All, .. any])}",
                () => missing.Count > 0 ? $"lacks {Quoted(missing)}" : $"contains none of {Quoted(selection.Keywords.Any)}");
        }
        if (going && selection.Mentions.Count > 0)
        {
            var found = mentions.Select(mention => (mention.Name, Count: Mentions(article, mention.Name, mention.Entity, analyzer))).Where(found => found.Count > 0).ToList();
            Check(found.Count > 0, () => $"mentions {string.Join(", ", found.Select(found => $"{found.Name} ({found.Count}×)"))}", () => $"mentions none of {Quoted(selection.Mentions)}");
        }
        return new SelectionReason(article, listed || passes, reasons.ToImmutable());
    }

    /// <summary>Mentions of an entity: by the gazetteer's aliases when it knows the name, else as a whole phrase in the text.</summary>
    private static int Mentions(Article article, string name, string? entity, ArticleAnalyzer analyzer)
    {
        if (entity is not null)
            return analyzer.Entities(article).FirstOrDefault(mention => mention.Name == entity)?.Mentions ?? 0;
        return Regex.Count(analyzer.SearchText(article), $@"\b{Regex.Escape(name.ToLowerInvariant())}\b");
    }

    private static string Quoted(IEnumerable<string> words) => string.Join(", ", words.Select(word => $"'{word}'"));

    private static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

}
