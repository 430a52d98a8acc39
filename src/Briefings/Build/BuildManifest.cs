using System.Collections.Immutable;
using Briefings.Corpus;

namespace Briefings.Build;

/// <summary>
/// <c>out/.briefings-manifest.json</c>: the stamp of all inputs of the last build, what it left for
/// every brief, and the corpus warnings it gave (so an unchanged build can repeat them).
/// </summary>
public sealed record BuildManifest(int Version, string? Stamp, ImmutableSortedDictionary<string, ManifestEntry> Briefs, ImmutableArray<CorpusWarning> Warnings)
{
    public const int CurrentVersion = 1;

    /// <summary>What reading the manifest refused (entries pointing outside the output folder, a manifest that is not a file); never written.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ImmutableArray<BuildWarning> Refused { get; init; } = [];

    public static BuildManifest Empty { get; } = new(CurrentVersion, null, ImmutableSortedDictionary<string, ManifestEntry>.Empty.WithComparers(StringComparer.Ordinal), []);
}
