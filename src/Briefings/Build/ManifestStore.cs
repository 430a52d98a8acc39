using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Briefings.Common;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Foundation.Files;

namespace Briefings.Build;

/// <summary>
/// Keeps the build manifest: reads the last one, records what a build left. A missing, unreadable or
/// foreign manifest reads as empty: every brief is then rebuilt, which is always safe. Writing is atomic.
/// </summary>
public static class ManifestStore
{
    public const string FileName = ".briefings-manifest.json";

    private static readonly JsonTypeInfo<BuildManifest> Json = new BuildJsonContext(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    }).BuildManifest;

    public static string PathIn(string outputFolder) => Path.Combine(outputFolder, FileName);

    /// <summary>Largest manifest read; far beyond one of thousands of briefs.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>
    /// The last build's manifest. Only an entry naming a brief id and a .pdf inside the output folder
    /// is kept: a hand-edited entry pointing elsewhere (<c>../secret/memo.txt</c>, the deliveries
    /// ledger) is dropped with a warning in <see cref="BuildManifest.Refused"/> before anything reads,
    /// mails or deletes what it names. A manifest that is not a regular file (a FIFO) is never opened.
    /// </summary>
    public static BuildManifest Read(string outputFolder)
    {
        var path = PathIn(outputFolder);
        if (!Path.Exists(path) && new FileInfo(path).LinkTarget is null)
            return BuildManifest.Empty;
        var (file, problem) = ConfinedFile.Resolve(outputFolder, path);
        if (file is null || file.Length > MaxBytes)
            return BuildManifest.Empty with { Refused = [Ignored(problem ?? $"it is larger than {MaxBytes / 1_048_576} MB")] };
        try
        {
            var manifest = JsonSerializer.Deserialize<BuildManifest>(file.ReadAllBytes(MaxBytes), Json);
            if (manifest is not { Version: BuildManifest.CurrentVersion, Briefs: not null })
                return BuildManifest.Empty;
            var refused = ImmutableArray.CreateBuilder<BuildWarning>();
            var briefs = ImmutableSortedDictionary.CreateBuilder<string, ManifestEntry>(StringComparer.Ordinal);
            foreach (var (id, entry) in manifest.Briefs)
            {
                if (EntryProblem(outputFolder, id, entry) is { } wrong)
                    refused.Add(new BuildWarning(FileName, $"the entry for '{Printable(id)}' {wrong}; it is ignored."));
                else
                    briefs.Add(id, entry);
            }
            return manifest with { Briefs = briefs.ToImmutable(), Warnings = manifest.Warnings.IsDefault ? [] : manifest.Warnings, Refused = refused.ToImmutable() };
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return BuildManifest.Empty;
        }
    }

    private static string? EntryProblem(string outputFolder, string id, ManifestEntry? entry) =>
        !BriefValidator.IsValidId(id) ? "has no valid brief id"
        : entry is null || entry.Fingerprint is null || entry.Sha256 is null ? "is incomplete"
        : OutputPaths.Problem(outputFolder, entry.Output, out _) is { } problem ? $"names '{Printable(entry.Output)}' ({problem})"
        : null;

    private static string Printable(string? text) => new((text ?? "").Take(200).Select(ch => char.IsControl(ch) ? '?' : ch).ToArray());

    private static BuildWarning Ignored(string problem) =>
        new(FileName, $"{problem}; it is ignored and every brief is rebuilt.");

    public static void Write(string outputFolder, BuildManifest manifest) =>
        AtomicFile.Write(PathIn(outputFolder), JsonSerializer.SerializeToUtf8Bytes(manifest, Json));

    /// <summary>
    /// Records what this build left: an entry per brief not failed (an unchanged one keeps its old
    /// entry) and the corpus warnings, so an unchanged build can repeat them. Called last, so a killed
    /// build leaves the old manifest. One that cannot be written is a warning: the next build then
    /// simply rebuilds everything, and the PDFs written are complete.
    /// </summary>
    public static ImmutableArray<BuildWarning> Record(BriefsFile file, BuildManifest previous, IEnumerable<BriefResult> results, ImmutableArray<CorpusWarning> warnings)
    {
        var entries = results.Where(result => result.Status != BriefStatus.Failed).Select(result => KeyValuePair.Create(result.Id, Entry(file, result, previous)));
        var manifest = previous with
        {
            Briefs = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, entries),
            Warnings = warnings,
        };
        try
        {
            Write(file.OutputFolder, manifest);
            return [];
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return [new BuildWarning(FileName, $"the build manifest could not be written ({error.Message}); the next build will rebuild every brief.")];
        }
    }

    private static ManifestEntry Entry(BriefsFile file, BriefResult result, BuildManifest previous) =>
        result.Status == BriefStatus.Unchanged
            ? previous.Briefs[result.Id]
            : new ManifestEntry(result.Fingerprint!, Path.GetRelativePath(file.OutputFolder, result.OutputPath!).Replace('\\', '/'), result.Sha256!, result.Bytes, result.Pages, result.Articles, result.Facts);
}
