using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Briefings.Analysis;
using Briefings.Analysis.Entities;
using Briefings.Corpus;
using Briefings.Corpus.Entities;
using Briefings.Foundation.Files;
using Microsoft.Data.Sqlite;

namespace Briefings.Cache;

/// <summary>
/// <c>out/.briefings-cache.db</c>: the readings of seed files (by name and content hash) and the
/// analyses of articles (by gazetteer, article hash and date) that earlier builds made, so a build
/// reads and analyses only what changed. The file is trusted only when it is ours, of this layout and
/// written by this very program (<see cref="CacheSchema"/>), and each value only when it matches its
/// seal; otherwise it is not read, and <see cref="Save"/> rebuilds it. Lookups are thread-safe; what
/// a build found and made is written by <see cref="Save"/> in one transaction.
/// </summary>
public sealed class ArticleCache : ISeedCache, IDisposable
{
    public const string FileName = ".briefings-cache.db";

    private readonly string _path;
    private readonly string _program;
    private readonly bool _writable;
    private readonly ConcurrentDictionary<string, CacheEntry<(string Hash, SeedReading Reading)>> _seeds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Gazetteer, string Article, string Date), CacheEntry<ArticleAnalysis>> _analyses = new();
    private readonly ConcurrentDictionary<(string Gazetteer, string Article), CacheEntry<ImmutableArray<EntityMention>>> _mentions = new();
    private CacheDatabase? _database;
    private bool _damaged;
    private string? _gazetteer;

    private ArticleCache(string path, string program, bool writable)
    {
        _path = path;
        _program = program;
        _writable = writable;
    }

    /// <summary>A cache with nothing in it, and no file: for a seed folder of no project.</summary>
    public static ArticleCache Empty() => new("", "", writable: false);

    public static string PathIn(string outputFolder) => Path.Combine(outputFolder, FileName);

    /// <summary>Why the file was not trusted (or could not be written), as a warning's message; null when all went well.</summary>
    public string? Problem { get; private set; }

    /// <summary>
    /// The cache of the output folder for a run of <paramref name="program"/> (its fingerprint). A
    /// missing file is an empty cache; one that cannot be trusted is not read (<see cref="Problem"/>
    /// says why). Read-only (<paramref name="writable"/> false), the file is never created or changed.
    /// </summary>
    public static ArticleCache Open(string outputFolder, string program, bool writable = true)
    {
        if (CacheDatabase.EngineProblem is { } engine)
            return new ArticleCache(PathIn(outputFolder), program, writable: false) { Problem = $"the article cache is not used: {engine}; every seed file is read." };
        var cache = new ArticleCache(PathIn(outputFolder), program, writable);
        var status = FileStatus.Of(cache._path);
        if (status.Kind == FileKind.Missing && new FileInfo(cache._path).LinkTarget is null)
            return cache;
        if (status.Kind != FileKind.Regular || new FileInfo(cache._path).LinkTarget is not null)
        {
            cache.Refuse("is not a regular file", damaged: true);
            return cache;
        }
        try
        {
            cache._database = CacheDatabase.Open(cache._path, writable ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadOnly);
            if (cache._database.Refusal(program) is { } refusal)
                cache.Refuse(refusal, damaged: false);
        }
        catch (SqliteException error) when (IsBusy(error))
        {
            cache._database?.Dispose();
            cache._database = null;
            cache.Problem = $"the article cache stayed locked by another build ({Reason(error)}); every seed file is read again.";
        }
        catch (SqliteException error)
        {
            cache.Refuse($"is damaged ({Reason(error)})", damaged: true);
        }
        return cache;
    }

    public SeedReading? Find(string name, string hash)
    {
        if (_seeds.TryGetValue(name, out var known) && known.Value.Hash == hash)
            return known.Value.Reading;
        var reading = Read(database => database.Seed(name, hash), CacheJsonContext.Relaxed.SeedReading);
        if (reading is not null)
            _seeds[name] = new((hash, reading), IsNew: false);
        return reading;
    }

    public void Remember(string name, string hash, SeedReading reading) => _seeds[name] = new((hash, reading), IsNew: true);

    /// <summary>The analyses kept for <paramref name="gazetteer"/>; those of another gazetteer are dropped when the cache is saved.</summary>
    public IAnalysisCache AnalysesFor(Gazetteer gazetteer)
    {
        _gazetteer = GazetteerFingerprint.Of(gazetteer);
        return new GazetteerAnalyses(this, _gazetteer);
    }

    internal ArticleAnalysis? FindAnalysis(string gazetteer, Article article)
    {
        var key = (gazetteer, article.Hash, DateText(article.Date));
        if (_analyses.TryGetValue(key, out var known))
            return known.Value;
        var analysis = Read(database => database.Analysis(key.gazetteer, key.Hash, key.Item3), CacheJsonContext.Relaxed.ArticleAnalysis);
        if (analysis is not null)
            _analyses[key] = new(analysis, IsNew: false);
        return analysis;
    }

    internal void RememberAnalysis(string gazetteer, Article article, ArticleAnalysis analysis) =>
        _analyses[(gazetteer, article.Hash, DateText(article.Date))] = new(analysis, IsNew: true);

    internal ImmutableArray<EntityMention>? FindMentions(string gazetteer, Article article)
    {
        var key = (gazetteer, article.Hash);
        if (_mentions.TryGetValue(key, out var known))
            return known.Value;
        var mentions = Read(database => database.Mentions(key.gazetteer, key.Hash), CacheJsonContext.Relaxed.ImmutableArrayEntityMention);
        if (mentions.IsDefault)
            return null;
        _mentions[key] = new(mentions, IsNew: false);
        return mentions;
    }

    internal void RememberMentions(string gazetteer, Article article, ImmutableArray<EntityMention> mentions) =>
        _mentions[(gazetteer, article.Hash)] = new(mentions, IsNew: true);

    /// <summary>
    /// Writes what this run found and made, in one transaction, and forgets the seeds not read this
    /// time (deleted files) and the analyses of articles no longer in <paramref name="articles"/>. A
    /// file that was not trusted is rebuilt whole: one that is no database (or a damaged one) is deleted
    /// first, a foreign one emptied inside the transaction. A cache that cannot be written is only a
    /// <see cref="Problem"/>: the next build reads every seed again.
    /// </summary>
    public void Save(IEnumerable<Article> articles)
    {
        if (!_writable)
            return;
        try
        {
            if (_damaged)
            {
                _database?.Dispose();
                _database = null;
                foreach (var path in (string[])[_path, _path + "-journal"])
                    File.Delete(path);
            }
            if (_database is null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
                _database = CacheDatabase.Open(_path, SqliteOpenMode.ReadWriteCreate);
            }
            var current = articles.Select(article => (article.Hash, DateText(article.Date))).ToHashSet();
            var database = _database;
            database.Write(() => Write(database, current));
        }
        catch (Exception error) when (error is SqliteException or IOException or UnauthorizedAccessException)
        {
            Problem ??= $"the article cache could not be written ({(error is SqliteException sqlite ? Reason(sqlite) : error.Message.TrimEnd('.'))}); the next build reads every seed file again.";
        }
    }

    private void Write(CacheDatabase database, HashSet<(string Hash, string Date)> current)
    {
        // Checked again inside the transaction: a new file, a foreign one, or one another program rebuilt since it was opened.
        var rebuild = database.Refusal(_program) is not null;
        if (rebuild)
            database.Recreate(_program);
        foreach (var (name, entry) in _seeds.Where(pair => rebuild || pair.Value.IsNew))
            database.PutSeed(name, entry.Value.Hash, Serialize(entry.Value.Reading, CacheJsonContext.Relaxed.SeedReading));
        foreach (var (key, entry) in _analyses.Where(pair => rebuild || pair.Value.IsNew))
            database.PutAnalysis(key.Gazetteer, key.Article, key.Date, Serialize(entry.Value, CacheJsonContext.Relaxed.ArticleAnalysis));
        foreach (var (key, entry) in _mentions.Where(pair => rebuild || pair.Value.IsNew))
            database.PutMentions(key.Gazetteer, key.Article, Serialize(entry.Value, CacheJsonContext.Relaxed.ImmutableArrayEntityMention));
        database.Prune(_seeds.Keys.ToHashSet(StringComparer.Ordinal), _gazetteer ?? "", current);
    }

    /// <summary>A value from the file, or null when it has none, cannot be read now, or does not match its seal (the file is then damaged).</summary>
    private T? Read<T>(Func<CacheDatabase, byte[]?> lookup, JsonTypeInfo<T> type)
    {
        var database = _database;
        if (database is null || Problem is not null)
            return default;
        try
        {
            if (lookup(database) is not { } blob)
                return default;
            if (SealedBlob.Open(blob) is { } value)
                return JsonSerializer.Deserialize(value.Span, type);
            Refuse("is damaged (a value does not match its checksum)", damaged: true);
        }
        catch (SqliteException error) when (IsBusy(error))
        {
            // Another build holds the file longer than the busy timeout: this value is made again, the file is fine.
        }
        catch (SqliteException error)
        {
            Refuse($"is damaged ({Reason(error)})", damaged: true);
        }
        catch (JsonException)
        {
            Refuse("is damaged (a value is not what this program wrote)", damaged: true);
        }
        return default;
    }

    private void Refuse(string reason, bool damaged)
    {
        _damaged |= damaged;
        Problem ??= $"the article cache {reason}; it is rebuilt, and every seed file read again.";
    }

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> type) => SealedBlob.Seal(JsonSerializer.SerializeToUtf8Bytes(value, type));

    private static string DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static bool IsBusy(SqliteException error) => error.SqliteErrorCode is 5 or 6;

    private static string Reason(SqliteException error) => error.Message.Replace("SQLite Error", "SQLite error", StringComparison.Ordinal).TrimEnd('.');

    public void Dispose() => _database?.Dispose();
}
