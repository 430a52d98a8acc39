using Briefings.Corpus;
using Briefings.Definitions;

namespace Briefings.Composition;

/// <summary>
/// Resolves a brief's selection against the corpus: every listed id must exist; keyword matches are
/// added. Articles keep corpus order (seed file, then position), so numbering is stable.
/// </summary>
public static class ArticleSelector
{
    public static Selection Select(SelectionDefinition selection, ArticleCorpus corpus)
    {
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in selection.Ids)
        {
            if (corpus.Find(reference.Id) is null)
                throw new CompositionException(reference.Location, $"no article has the id '{reference.Id}'{Suggestion(reference.Id, corpus)}. Run `briefings articles` to list the ids.");
            chosen.Add(reference.Id);
        }
        if (!selection.Keywords.IsEmpty)
            foreach (var article in corpus.Articles.Where(article => Matches(article, selection.Keywords)))
                chosen.Add(article.Id);

        return new Selection([.. corpus.Articles.Where(article => chosen.Contains(article.Id))]);
    }

    private static bool Matches(Article article, KeywordsDefinition keywords)
    {
        var text = article.Title + "\n" + article.Text;
        bool Contains(string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
        return keywords.All.All(Contains) && (keywords.Any.Count == 0 || keywords.Any.Any(Contains));
    }

    private static string Suggestion(string id, ArticleCorpus corpus)
    {
        var close = corpus.Articles.Select(article => article.Id)
            .FirstOrDefault(candidate => candidate.StartsWith(id, StringComparison.Ordinal) || id.StartsWith(candidate, StringComparison.Ordinal));
        return close is null ? "" : $" (did you mean '{close}'?)";
    }
}
