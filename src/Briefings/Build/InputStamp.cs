using Briefings.Common;
using Briefings.Foundation.Files;

namespace Briefings.Build;

/// <summary>
/// One hash of everything any brief of a file can depend on: briefs.yaml, every file under the seed
/// and templates folders (name and content), the program and the edition date. When it matches the
/// manifest's and every PDF is intact, nothing can have changed and the corpus need not be read.
/// </summary>
public static class InputStamp
{
    public static string Of(Definitions.BriefsFile file, DateOnly? editionDate)
    {
        var builder = new FingerprintBuilder()
            .Add("program", ProgramFingerprint.Current)
            .Add("edition", editionDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Add("briefs.yaml", ContentHash.OfFileIfReadable(file.Path));
        AddFolder(builder, "seeds", file.SeedFolder);
        AddFolder(builder, "templates", file.TemplateFolder);
        return builder.Build();
    }

    /// <summary>
    /// Every file of a folder tree by relative path and content hash (the output folder is never inside
    /// the stamp). What cannot be read (a FIFO, a device, a link out of the folder or back up it) counts
    /// by its name and the reason, and is never opened.
    /// </summary>
    public static void AddFolder(FingerprintBuilder builder, string name, string folder, Func<string, bool>? include = null)
    {
        if (!Directory.Exists(folder))
        {
            builder.Add(name, null);
            return;
        }
        foreach (var entry in FolderFiles.Walk(folder).Where(entry => include?.Invoke(entry.Name) ?? true))
            builder.Add(name + "/" + entry.Name, entry.File is { } readable ? ContentHash.Of(readable) : "refused: " + entry.Problem);
    }
}
