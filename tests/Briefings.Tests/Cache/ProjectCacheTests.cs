using Briefings.Build;
using Briefings.Cache;
using Briefings.Common;
using Briefings.Corpus;
using Briefings.Inspection;
using Briefings.Testing;
using Briefings.Tests.Build;
using Xunit;

namespace Briefings.Tests.Cache;

/// <summary>The inspecting commands read the cache of the project beside the seeds, never write it, and do without one.</summary>
public sealed class ProjectCacheTests
{
    private static void Build(BuildFolder folder) => folder.BuildInProcess();

    private const string Seed = "002_f62552b4376e47fb.txt";

    [Fact]
    public void ForSeeds_FindsTheBuildsCache_OfTheProjectBesideTheSeeds()
    {
        var folder = new BuildFolder(ownSeeds: true);
        Build(folder);

        using var cache = ProjectCache.ForSeeds(Path.Combine(folder.Root, "seeds"), ProgramFingerprint.Current);

        Assert.Null(cache.Problem);
        Assert.NotNull(cache.Find(Seed, ContentHash.Of(File.ReadAllBytes(folder.Seed(Seed)))));
    }

    [Fact]
    public void ForSeeds_IsEmpty_WhenNoProjectIsBesideTheSeeds()
    {
        var root = Directory.CreateTempSubdirectory("seeds-only-").FullName;
        BuildFolder.CopyFolder(RepositoryRoot.File("seeds"), Path.Combine(root, "seeds"));

        using var inspector = CorpusInspector.Open(Path.Combine(root, "seeds"), ProgramFingerprint.Current);

        Assert.NotEmpty(inspector.Analysed());
        Assert.Equal(["seeds"], Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName));
    }

    [Fact]
    public void Inspector_ReadsTheCacheWithoutChangingIt_AndSeesWhatTheSeedsSay()
    {
        var folder = new BuildFolder(ownSeeds: true);
        Build(folder);
        var path = ArticleCache.PathIn(Path.Combine(folder.Root, "out"));
        var bytes = File.ReadAllBytes(path);
        var seeds = Path.Combine(folder.Root, "seeds");
        var cold = new CorpusLoader(CorpusOptions.Default).Load(seeds);

        using (var inspector = CorpusInspector.Open(seeds, ProgramFingerprint.Current))
        {
            Assert.Equal(cold.Articles.Select(article => article.Hash), inspector.Corpus.Articles.Select(article => article.Hash));
            Assert.NotEmpty(inspector.Entities(5).Known);
        }
        var explained = CorpusInspector.Explain(folder.BriefsFile, "emirate-and-hamas", sections: true, ProgramFingerprint.Current);

        Assert.Contains(explained.Reasons, reason => reason.Selected);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }
}
