using Briefings.Common;
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
        InputStamp.AddFolder(assets, "", file.TemplateFolder, name => !name.EndsWith(TemplateFolder.Extension, StringComparison.Ordinal));
        return new SharedInputs(
            editionDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            assets.Build(),
            ContentHash.OfFileIfReadable(file.SeedFolder, Path.Combine(file.SeedFolder, GazetteerReader.FileName)));
    }
}
