using System.Collections.Immutable;

namespace Briefings.Build;

/// <summary>
/// What the last build published, read-only: each brief it built, by id. The stages after Build read
/// this, never the manifest it is kept in; a brief that failed or was never built is absent.
/// </summary>
public sealed record BuildRecord(ImmutableSortedDictionary<string, BuiltBrief> Briefs)
{
    /// <summary>The record of the last build into this output folder; empty when there is none (or it is unreadable).</summary>
    public static BuildRecord Read(string outputFolder) =>
        new(ManifestStore.Read(outputFolder).Briefs.ToImmutableSortedDictionary(
            pair => pair.Key, pair => new BuiltBrief(pair.Value.Fingerprint, pair.Value.Output, pair.Value.Sha256, pair.Value.Facts), StringComparer.Ordinal));
}
