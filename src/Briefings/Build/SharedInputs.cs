using Briefings.Composition.Templates;
using Briefings.Corpus;
using Briefings.Definitions;

namespace Briefings.Build;

/// <summary>Fingerprint parts shared by every brief of a build: the edition date, the templates folder's non-template files, the gazetteer.</summary>
public sealed record SharedInputs(string? Edition, string TemplateAssets, string? Gazetteer)
{
    public static SharedInputs Of(BriefsFile file, DateOnly? editionDate)
    {
        var assets = new FingerprintBuilder();
        if (Directory.Exists(file.TemplateFolder))
            foreach (var path in Directory.EnumerateFiles(file.TemplateFolder, "*", SearchOption.AllDirectories)
                         .Where(path => !path.EndsWith(TemplateFolder.Extension, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                assets.Add(Path.GetRelativePath(file.TemplateFolder, path).Replace('\\', '/'), ContentHash.OfFileIfReadable(path));
        return new SharedInputs(
            editionDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            assets.Build(),
            ContentHash.OfFileIfReadable(Path.Combine(file.SeedFolder, GazetteerReader.FileName)));
    }
}
