using Briefings.Cli;
using Briefings.Testing;
using Briefings.Tests.Reliability;
using Xunit;

namespace Briefings.Tests.Cli.Commands;

public sealed class InitCommandTests
{
    private static string EmptyFolder() => Directory.CreateTempSubdirectory("init-").FullName;

    [Fact]
    public void Init_CreatesAProjectThatBuildsAPdf_WhenAnArticleIsDroppedIn()
    {
        var root = EmptyFolder();

        var init = BriefingsRun.Run(root, ["init", "desk"]);
        File.Copy(RepositoryRoot.File("seeds", "001_0833a8d0601949c3.txt"), Path.Combine(root, "desk", "seeds", "article.txt"));
        var build = BriefingsRun.Run(root, ["build", "desk/briefs.yaml"]);

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        Assert.Contains("created   desk/briefs.yaml", init.Output);
        Assert.Equal(ExitCodes.Success, build.ExitCode);
        Assert.Contains("built     first-brief", build.Output);
        Assert.True(new FileInfo(Path.Combine(root, "desk", "out", "first-brief.pdf")).Length > 0);
    }

    [Fact]
    public void Init_WritesTheDefaultTemplatesAndAnEmptySeedsFolder_WhenTheFolderIsNew()
    {
        var root = EmptyFolder();

        var init = BriefingsRun.Run(root, ["init"]);

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        foreach (var template in Directory.EnumerateFiles(RepositoryRoot.File("templates"), "*", SearchOption.AllDirectories))
            Assert.Equal(File.ReadAllBytes(template), File.ReadAllBytes(Path.Combine(root, "templates", Path.GetRelativePath(RepositoryRoot.File("templates"), template))));
        Assert.Equal(["README"], Directory.EnumerateFileSystemEntries(Path.Combine(root, "seeds")).Select(Path.GetFileName));
        Assert.StartsWith("# yaml-language-server: $schema=schemas/briefs.schema.json", File.ReadAllText(Path.Combine(root, "briefs.yaml")));
        Assert.Equal(File.ReadAllBytes(RepositoryRoot.File("schemas", "briefs.schema.json")), File.ReadAllBytes(Path.Combine(root, "schemas", "briefs.schema.json")));
    }

    [Fact]
    public void Init_RefusesAndWritesNothing_WhenABriefsFileIsAlreadyThere()
    {
        var root = EmptyFolder();
        File.WriteAllText(Path.Combine(root, "briefs.yaml"), "mine\n");

        var init = BriefingsRun.Run(root, ["init", "."]);

        Assert.Equal(ExitCodes.BadInput, init.ExitCode);
        Assert.Equal("briefings: briefs.yaml already exists; init writes nothing over what is there. Choose another folder.", init.Error.Trim());
        Assert.Empty(init.ChangedOutsideOut);
        Assert.Equal(["briefs.yaml"], Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName));
    }
}
