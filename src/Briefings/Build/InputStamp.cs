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

    /// <summary>Every file of a folder tree by relative path and content hash (the output folder is never inside the stamp).</summary>
    public static void AddFolder(FingerprintBuilder builder, string name, string folder)
    {
        if (!Directory.Exists(folder))
        {
            builder.Add(name, null);
            return;
        }
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            builder.Add(name + "/" + Path.GetRelativePath(folder, path).Replace('\\', '/'), ContentHash.OfFileIfReadable(path));
    }
}
