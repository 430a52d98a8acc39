using System.Collections.Immutable;
using System.Text.Json;

namespace Briefings.Build;

/// <summary>
/// Reads and writes the build manifest. A missing, unreadable or foreign manifest reads as empty:
/// every brief is then rebuilt, which is always safe. Writing is atomic.
/// </summary>
public static class ManifestFile
{
    public const string FileName = ".briefings-manifest.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static string PathIn(string outputFolder) => Path.Combine(outputFolder, FileName);

    public static BuildManifest Read(string outputFolder)
    {
        try
        {
            var path = PathIn(outputFolder);
            if (!File.Exists(path))
                return BuildManifest.Empty;
            var manifest = JsonSerializer.Deserialize<BuildManifest>(File.ReadAllBytes(path), Json);
            return manifest is { Version: BuildManifest.CurrentVersion, Briefs: not null }
                ? manifest with { Briefs = manifest.Briefs.WithComparers(StringComparer.Ordinal), Warnings = manifest.Warnings.IsDefault ? [] : manifest.Warnings }
                : BuildManifest.Empty;
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return BuildManifest.Empty;
        }
    }

    public static void Write(string outputFolder, BuildManifest manifest) =>
        AtomicFile.Write(PathIn(outputFolder), JsonSerializer.SerializeToUtf8Bytes(manifest, Json));
}
