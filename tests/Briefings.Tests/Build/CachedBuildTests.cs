using Briefings.Build;
using Briefings.Cache;
using Xunit;

namespace Briefings.Tests.Build;

/// <summary>Builds served from the article cache (out/.briefings-cache.db) write what a cold build writes, and shrug off a bad cache.</summary>
public sealed class CachedBuildTests
{
    private static BuildReport Build(BuildFolder folder, BuildOptions? options = null) => folder.BuildInProcess(options);

    private static Dictionary<string, byte[]> Pdfs(BuildFolder folder) =>
        Directory.EnumerateFiles(Path.Combine(folder.Root, "out"), "*.pdf").ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes);

    private static string CachePath(BuildFolder folder) => ArticleCache.PathIn(Path.Combine(folder.Root, "out"));

    [Fact]
    public void Build_WritesTheSamePdfs_WhenServedFromTheCache()
    {
        var folder = new BuildFolder(ownSeeds: true);
        Assert.False(Build(folder).AnyFailed);
        var cold = Pdfs(folder);
        Assert.True(File.Exists(CachePath(folder)));

        // Every brief written again, its articles read and analysed from the cache.
        var warm = Build(folder, BuildOptions.Default with { Force = true });

        Assert.All(warm.Briefs, brief => Assert.Equal(BriefStatus.Built, brief.Status));
        Assert.Empty(warm.BuildWarnings);
        Assert.Equal(cold, Pdfs(folder));
    }

    [Fact]
    public void Build_WritesTheCacheInTheOutputFolderOnly()
    {
        var folder = new BuildFolder(ownSeeds: true);
        var before = Files(folder.Root);

        Build(folder);

        var added = Files(folder.Root).Except(before).ToList();
        Assert.Contains("out/" + ArticleCache.FileName, added);
        Assert.All(added, path => Assert.StartsWith("out/", path));
    }

    [Fact]
    public void Build_Succeeds_WithOneWarning_AndTheSamePdfs_WhenTheCacheIsDamaged()
    {
        var folder = new BuildFolder(ownSeeds: true);
        Build(folder);
        var cold = Pdfs(folder);
        File.WriteAllText(CachePath(folder), "not a database, just text that happens to sit where the cache belongs");

        var report = Build(folder, BuildOptions.Default with { Force = true });

        Assert.False(report.AnyFailed);
        Assert.Single(report.BuildWarnings, warning => warning.File == ArticleCache.FileName);
        Assert.Equal(cold, Pdfs(folder));
        Assert.Empty(Build(folder, BuildOptions.Default with { Force = true }).BuildWarnings);
    }

    [Fact]
    public void Build_RebuildsTheBriefOfAnEditedSeed_WithTheEditedText_WhenTheOldTextIsCached()
    {
        var folder = new BuildFolder(ownSeeds: true);
        Build(folder);
        var seed = folder.EditSeed("003_1383fc75b628ea80.txt", "Details of this conversation were not disclosed.", "Details of this call were not disclosed.");
        var edited = Pdfs(folder);

        Build(folder);
        var warm = Pdfs(folder);
        File.Delete(CachePath(folder));
        Build(folder, BuildOptions.Default with { Force = true });

        Assert.NotEqual(edited["emirate-and-hamas.pdf"], warm["emirate-and-hamas.pdf"]);
        Assert.Equal(Pdfs(folder), warm);
    }

    private static HashSet<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))];
}
