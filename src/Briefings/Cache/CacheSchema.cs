namespace Briefings.Cache;

/// <summary>
/// The cache file's tables. The file says it is ours by SQLite's application id, and which layout it
/// has by its user version; the program that wrote it is in <c>meta</c>. Values are sealed JSON
/// (<see cref="SealedBlob"/>); a date is <c>yyyy-MM-dd</c> or empty.
/// </summary>
internal static class CacheSchema
{
    /// <summary>"BrfC".</summary>
    public const int ApplicationId = 0x42726643;

    public const int Version = 1;

    public const string ProgramKey = "program";

    public static readonly string[] Tables = ["meta", "seeds", "analyses", "mentions"];

    public static readonly string Create = $"""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE seeds (name TEXT PRIMARY KEY, hash TEXT NOT NULL, reading BLOB NOT NULL);
        CREATE TABLE analyses (gazetteer TEXT NOT NULL, article TEXT NOT NULL, date TEXT NOT NULL, analysis BLOB NOT NULL, PRIMARY KEY (gazetteer, article, date));
        CREATE TABLE mentions (gazetteer TEXT NOT NULL, article TEXT NOT NULL, mentions BLOB NOT NULL, PRIMARY KEY (gazetteer, article));
        PRAGMA application_id = {ApplicationId};
        PRAGMA user_version = {Version};
        """;
}
