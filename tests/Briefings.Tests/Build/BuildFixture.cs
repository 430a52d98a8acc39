using Briefings.Build;
using Briefings.Composition;
using Briefings.Corpus;
using Briefings.Definitions;
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

    /// <summary>The edition date the in-process builds of the tests print.</summary>
    public static readonly DateOnly Edition = new(2024, 12, 31);

    public string Root { get; }

    /// <summary>Builds this project in this process, as <c>briefings build</c> does, dated <see cref="Edition"/>.</summary>
    public BuildReport BuildInProcess(BuildOptions? options = null)
    {
        var file = new BriefsFileLoader().Load(BriefsFile);
        return new BriefBuilder(BriefPageStyle.Typesetter(ThemeFile.Load(file.TemplateFolder)), CorpusOptions.Default).Build(file, Edition, options);
    }

    /// <summary>Replaces <paramref name="old"/> with <paramref name="replacement"/> in one of this project's own seeds; returns the seed's path.</summary>
    public string EditSeed(string name, string old, string replacement)
    {
        var seed = Seed(name);
        File.WriteAllText(seed, File.ReadAllText(seed).Replace(old, replacement, StringComparison.Ordinal));
        return seed;
    }

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
