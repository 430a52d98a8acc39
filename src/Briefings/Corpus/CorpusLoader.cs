using System.Collections.Immutable;
using Briefings.Common;

namespace Briefings.Corpus;

/// <summary>The corpus stage's façade: reads every seed under a folder into articles with unique ids.</summary>
public sealed class CorpusLoader(CorpusOptions options)
{
    /// <param name="cache">Where the reading of a seed file is looked up by its name and content hash before it is parsed, and kept after.</param>
    public ArticleCorpus Load(string folder, ISeedCache? cache = null)
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
        var reader = new SeedReader(options);
        // Seed files are parsed (or taken from the cache) on every core; their articles keep seed-file order.
        var readings = reader.Read(folder).AsParallel().AsOrdered()
            .Select(pair => (pair.Warning, Reading: pair.Seed is null ? null : ReadCached(reader, pair.Seed, cache)));
        foreach (var (warning, reading) in readings)
        {
            if (warning is not null)
                warnings.Add(warning);
            if (reading is null)
                continue;
            parsed.AddRange(reading.Articles);
            warnings.AddRange(reading.Warnings);
            if (reading.FrontMatter is not null)
                frontMatters.Add(reading.FrontMatter);
        }
        var articles = Correct(AssignIds(parsed), [.. frontMatters, .. corrections], warnings);
        var (gazetteer, gazetteerWarnings) = GazetteerReader.Read(folder);
        warnings.AddRange(gazetteerWarnings);
        return new ArticleCorpus(articles, warnings.ToImmutable()) { Gazetteer = gazetteer };
    }

    private static SeedReading ReadCached(SeedReader reader, SeedBytes seed, ISeedCache? cache)
    {
        if (cache is null)
            return Read(reader, seed);
        var hash = ContentHash.Of(seed.Bytes);
        if (cache.Find(seed.Name, hash) is { } known)
            return known;
        var reading = Read(reader, seed);
        cache.Remember(seed.Name, hash, reading);
        return reading;
    }

    /// <summary>One seed file's articles, warnings and front matter: a web page or feed, or text (Markdown or plain) split into articles.</summary>
    private static SeedReading Read(SeedReader reader, SeedBytes bytes)
    {
        var warnings = ImmutableArray.CreateBuilder<CorpusWarning>();
        var (file, problem) = reader.Decode(bytes);
        if (problem is not null)
            warnings.Add(problem);
        if (file is null)
            return new SeedReading([], warnings.ToImmutable(), null);
        if (Web.WebSeed.Applies(file.Name))
        {
            var (pages, problems) = Web.WebSeed.Read(file);
            warnings.AddRange(problems);
            return new SeedReading([.. pages], warnings.ToImmutable(), null);
        }
        var seed = file;
        CatalogEntry? frontMatter = null;
        if (MarkdownSeed.Applies(file))
        {
            (seed, frontMatter, problem) = MarkdownSeed.Read(file);
            if (problem is not null)
                warnings.Add(problem);
        }
        var articles = ImmutableArray.CreateBuilder<ParsedArticle>();
        foreach (var raw in ArticleSplitter.Split(seed))
        {
            var (article, trouble) = ArticleParser.Parse(raw);
            if (trouble is not null)
                warnings.Add(trouble);
            if (article is not null)
                articles.Add(article);
        }
        return new SeedReading(articles.ToImmutable(), warnings.ToImmutable(), frontMatter);
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
