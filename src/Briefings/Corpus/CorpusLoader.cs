using System.Collections.Immutable;

namespace Briefings.Corpus;

/// <summary>The corpus stage's façade: reads every seed under a folder into articles with unique ids.</summary>
public sealed class CorpusLoader(CorpusOptions options)
{
    public ArticleCorpus Load(string folder)
    {
        var warnings = ImmutableArray.CreateBuilder<CorpusWarning>();
        if (!Directory.Exists(folder))
        {
            warnings.Add(new CorpusWarning(folder, null, "the seed folder does not exist."));
            return new ArticleCorpus([], warnings.ToImmutable());
        }

        var parsed = new List<ParsedArticle>();
        foreach (var (seed, warning) in new SeedReader(options).Read(folder))
        {
            if (warning is not null)
                warnings.Add(warning);
            if (seed is null)
                continue;
            foreach (var raw in ArticleSplitter.Split(seed))
            {
                var (article, problem) = ArticleParser.Parse(raw);
                if (problem is not null)
                    warnings.Add(problem);
                if (article is not null)
                    parsed.Add(article);
            }
        }
        return new ArticleCorpus(AssignIds(parsed), warnings.ToImmutable());
    }

    private ImmutableArray<Article> AssignIds(List<ParsedArticle> parsed)
    {
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        var articles = ImmutableArray.CreateBuilder<Article>(parsed.Count);
        foreach (var article in parsed)
        {
            var id = Slug.From(article.Title, options.MaxIdLength);
            taken[id] = taken.GetValueOrDefault(id) + 1;
            if (taken[id] > 1)
                id = $"{id}-{taken[id]}";
            articles.Add(new Article(id, article.Seed, article.SeedLine, article.Title, article.Authors, article.Publisher,
                article.Date, article.Dateline, Url: null, Tags: [], article.Paragraphs, article.Captions, article.Notes,
                ArticleParser.Hash(article.Title, article.Paragraphs)));
        }
        return articles.ToImmutable();
    }
}
