namespace Briefings.Corpus;

/// <summary>Settings of corpus loading, with their defaults.</summary>
public sealed record CorpusOptions
{
    public static CorpusOptions Default { get; } = new();

    public IReadOnlyList<string> Extensions { get; init; } = [".txt", ".md"];

    public long MaxSeedBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Longest id slug, in characters.</summary>
    public int MaxIdLength { get; init; } = 60;
}
