using Microsoft.Data.Sqlite;

namespace Briefings.Cache;

/// <summary>
/// The cache's SQLite file through one connection, used by one thread at a time. Each lookup is a
/// short read transaction of its own, so a build writing at the same time (watch and build) waits at
/// most for one lookup, and a lookup for its commit (SQLite's locks, with a busy timeout).
/// </summary>
internal sealed class CacheDatabase : IDisposable
{
    /// <summary>How long a statement waits for another process's lock before it gives up.</summary>
    private const int BusySeconds = 20;

    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SqliteCommand> _lookups = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    private CacheDatabase(SqliteConnection connection) => _connection = connection;

    /// <summary>
    /// Why SQLite cannot be used in this process, or null: a native binary copied without the
    /// <c>libe_sqlite3.so</c> published beside it. The build then goes on without a cache.
    /// </summary>
    public static string? EngineProblem { get; } = FindEngineProblem();

    private static string? FindEngineProblem()
    {
        try
        {
            SQLitePCL.Batteries_V2.Init();
            return null;
        }
        catch (Exception error) when (error is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            var cause = error is TypeInitializationException { InnerException: { } inner } ? inner : error;
            return $"SQLite's library could not be loaded ({cause.Message.Split(". ")[0].Split('\n')[0].TrimEnd('.', ' ', ':')})";
        }
    }

    /// <exception cref="SqliteException">The file cannot be opened.</exception>
    public static CacheDatabase Open(string path, SqliteOpenMode mode)
    {
        // No pooling: disposing closes the file, so a damaged one can be deleted and a test folder removed.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = BusySeconds,
        }.ToString());
        try
        {
            connection.Open();
            var database = new CacheDatabase(connection);
            database.Execute($"PRAGMA busy_timeout = {BusySeconds * 1000}");
            return database;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Why this file is not a cache the program may trust (not ours, another layout, another program), or null.</summary>
    /// <exception cref="SqliteException">The file is no SQLite database, or is damaged.</exception>
    public string? Refusal(string program)
    {
        if (Convert.ToInt64(Scalar("PRAGMA application_id"), System.Globalization.CultureInfo.InvariantCulture) != CacheSchema.ApplicationId)
            return "is not a briefings article cache";
        var version = Convert.ToInt64(Scalar("PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        if (version != CacheSchema.Version)
            return $"has layout version {version}, not {CacheSchema.Version}";
        return Scalar($"SELECT value FROM meta WHERE key = '{CacheSchema.ProgramKey}'") as string == program ? null : "was written by another version of the program";
    }

    /// <exception cref="SqliteException">The file is damaged, or stayed locked.</exception>
    public byte[]? Seed(string name, string hash) =>
        Blob("SELECT reading FROM seeds WHERE name = $0 AND hash = $1", name, hash);

    /// <inheritdoc cref="Seed"/>
    public byte[]? Analysis(string gazetteer, string article, string date) =>
        Blob("SELECT analysis FROM analyses WHERE gazetteer = $0 AND article = $1 AND date = $2", gazetteer, article, date);

    /// <inheritdoc cref="Seed"/>
    public byte[]? Mentions(string gazetteer, string article) =>
        Blob("SELECT mentions FROM mentions WHERE gazetteer = $0 AND article = $1", gazetteer, article);

    /// <summary>
    /// Runs <paramref name="write"/> as one transaction (<c>BEGIN IMMEDIATE</c>: it waits for another
    /// writer, up to the busy timeout): a killed build leaves the file as it was.
    /// </summary>
    public void Write(Action write)
    {
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            _transaction = transaction;
            try
            {
                write();
                transaction.Commit();
            }
            finally
            {
                _transaction = null;
            }
        }
    }

    /// <summary>Drops whatever the file holds and lays out our tables, for <paramref name="program"/>.</summary>
    public void Recreate(string program)
    {
        var tables = Strings("SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'", columns: 2);
        foreach (var pair in tables.Chunk(2))
            Execute($"DROP {pair[0].ToUpperInvariant()} IF EXISTS \"{pair[1].Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        Execute(CacheSchema.Create);
        Execute("INSERT INTO meta (key, value) VALUES ($0, $1)", CacheSchema.ProgramKey, program);
    }

    public void PutSeed(string name, string hash, byte[] reading) =>
        Execute("INSERT OR REPLACE INTO seeds (name, hash, reading) VALUES ($0, $1, $2)", name, hash, reading);

    public void PutAnalysis(string gazetteer, string article, string date, byte[] analysis) =>
        Execute("INSERT OR REPLACE INTO analyses (gazetteer, article, date, analysis) VALUES ($0, $1, $2, $3)", gazetteer, article, date, analysis);

    public void PutMentions(string gazetteer, string article, byte[] mentions) =>
        Execute("INSERT OR REPLACE INTO mentions (gazetteer, article, mentions) VALUES ($0, $1, $2)", gazetteer, article, mentions);

    /// <summary>
    /// Deletes the seeds not named in <paramref name="seeds"/>, and the analyses and mentions of another
    /// gazetteer or of an article (hash and date) no longer in the corpus.
    /// </summary>
    public void Prune(IReadOnlySet<string> seeds, string gazetteer, IReadOnlySet<(string Article, string Date)> articles)
    {
        foreach (var name in Strings("SELECT name FROM seeds", columns: 1).Where(name => !seeds.Contains(name)))
            Execute("DELETE FROM seeds WHERE name = $0", name);
        Execute("DELETE FROM analyses WHERE gazetteer <> $0", gazetteer);
        Execute("DELETE FROM mentions WHERE gazetteer <> $0", gazetteer);
        foreach (var pair in Strings("SELECT article, date FROM analyses", columns: 2).Chunk(2).Where(pair => !articles.Contains((pair[0], pair[1]))))
            Execute("DELETE FROM analyses WHERE article = $0 AND date = $1", pair[0], pair[1]);
        var hashes = articles.Select(article => article.Article).ToHashSet(StringComparer.Ordinal);
        foreach (var article in Strings("SELECT article FROM mentions", columns: 1).Where(article => !hashes.Contains(article)))
            Execute("DELETE FROM mentions WHERE article = $0", article);
    }

    private byte[]? Blob(string sql, params object[] values)
    {
        lock (_lock)
        {
            if (!_lookups.TryGetValue(sql, out var command))
            {
                command = _connection.CreateCommand();
                command.CommandText = sql;
                for (var i = 0; i < values.Length; i++)
                    command.Parameters.Add(new SqliteParameter("$" + i, SqliteType.Text));
                command.Prepare();
                _lookups[sql] = command;
            }
            for (var i = 0; i < values.Length; i++)
                command.Parameters[i].Value = values[i];
            using var reader = command.ExecuteReader();
            if (!reader.Read())
                return null;
            // Anything but a blob is a value this program did not write: empty, it fails its seal.
            return reader.GetValue(0) as byte[] ?? [];
        }
    }

    private List<string> Strings(string sql, int columns)
    {
        lock (_lock)
        {
            using var command = Command(sql, []);
            using var reader = command.ExecuteReader();
            var strings = new List<string>();
            while (reader.Read())
                for (var i = 0; i < columns; i++)
                    strings.Add(reader.GetString(i));
            return strings;
        }
    }

    private object? Scalar(string sql)
    {
        lock (_lock)
        {
            using var command = Command(sql, []);
            return command.ExecuteScalar();
        }
    }

    private void Execute(string sql, params object[] values)
    {
        lock (_lock)
        {
            using var command = Command(sql, values);
            command.ExecuteNonQuery();
        }
    }

    private SqliteCommand Command(string sql, object[] values)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        for (var i = 0; i < values.Length; i++)
            command.Parameters.AddWithValue("$" + i, values[i]);
        return command;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var command in _lookups.Values)
                command.Dispose();
            _connection.Dispose();
        }
    }
}
