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
        var (corrections, catalogWarnings) = CatalogReader.Read(folder);
        warnings.AddRange(catalogWarnings);
        var frontMatters = new List<CatalogEntry>();
        foreach (var (file, warning) in new SeedReader(options).Read(folder))
        {
            if (warning is not null)
                warnings.Add(warning);
            if (file is null)
                continue;
            if (Web.WebSeed.Applies(file.Name))
            {
                var (pages, problems) = Web.WebSeed.Read(file);
                parsed.AddRange(pages);
                warnings.AddRange(problems);
                continue;
            }
            var seed = file;
            if (MarkdownSeed.Applies(file))
            {
                (seed, var frontMatter, var problem) = MarkdownSeed.Read(file);
                if (frontMatter is not null)
                    frontMatters.Add(frontMatter);
                if (problem is not null)
                    warnings.Add(problem);
            }
            foreach (var raw in ArticleSplitter.Split(seed))
            {
                var (article, problem) = ArticleParser.Parse(raw);
                if (problem is not null)
                    warnings.Add(problem);
                if (article is not null)
                    parsed.Add(article);
            }
        }
        var articles = Correct(AssignIds(parsed), [.. frontMatters, .. corrections], warnings);
        var (gazetteer, gazetteerWarnings) = GazetteerReader.Read(folder);
        warnings.AddRange(gazetteerWarnings);
        return new ArticleCorpus(articles, warnings.ToImmutable()) { Gazetteer = gazetteer };
    }

    /// <summary>Applies front matter, then catalog entries (the catalog wins); ids never change.</summary>
    private static ImmutableArray<Article> Correct(ImmutableArray<Article> articles, List<CatalogEntry> entries, ImmutableArray<CorpusWarning>.Builder warnings)
    {
        foreach (var entry in entries.Where(entry => !articles.Any(entry.Matches)))
            warnings.Add(new CorpusWarning(CatalogReader.FileName, entry.Line,
                entry.Id is not null ? $"no article has the id '{entry.Id}'; entry ignored." : $"no seed file is named '{entry.Seed}'; entry ignored."));
        return [.. articles.Select(article => entries.Where(entry => entry.Matches(article)).Aggregate(article, (current, entry) => entry.ApplyTo(current)))];
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
                article.Date, article.Dateline, article.Url, Tags: [], article.Paragraphs, article.Captions, article.Notes,
                ArticleParser.Hash(article.Title, article.Paragraphs))
            {
                DateIsMonth = article.DateIsMonth,
                Header = article.Header,
                IsSummary = article.IsSummary,
            });
        }
        return articles.ToImmutable();
    }
}
