using Briefings.Testing;

namespace Briefings.Tests.Build;

/// <summary>
/// A scratch project folder: the repository's templates and briefs.yaml, reading the repository's
/// seeds, or a copy of them that a test may change (<c>ownSeeds</c>).
/// </summary>
public sealed class BuildFolder
{
    public BuildFolder(string? briefsYaml = null, bool ownSeeds = false)
    {
        Root = Directory.CreateTempSubdirectory("build-").FullName;
        CopyFolder(RepositoryRoot.File("templates"), Path.Combine(Root, "templates"));
        var yaml = briefsYaml ?? File.ReadAllText(RepositoryRoot.File("briefs.yaml"));
        if (ownSeeds)
            CopyFolder(RepositoryRoot.File("seeds"), Path.Combine(Root, "seeds"));
        else
            yaml = yaml.Replace("seeds: seeds", $"seeds: \"{RepositoryRoot.File("seeds")}\"", StringComparison.Ordinal);
        File.WriteAllText(BriefsFile, yaml);
    }

    public string Root { get; }

    public string BriefsFile => Path.Combine(Root, "briefs.yaml");

    public string Seed(string name) => Path.Combine(Root, "seeds", name);

    public string Template(string name) => Path.Combine(Root, "templates", name);

    public string Output(string name) => Path.Combine(Root, "out", name);

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
