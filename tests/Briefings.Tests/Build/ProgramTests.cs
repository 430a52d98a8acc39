using Briefings.Cli;
using Xunit;

namespace Briefings.Tests.Build;

public sealed class ProgramTests
{
    [Fact]
    public void Main_ExitsWithZero_WhenEveryBriefBuilds()
    {
        var folder = new BuildFolder();

        Assert.Equal(ExitCodes.Success, Program.Main(["build", folder.BriefsFile]));
    }

    [Fact]
    public void Main_ExitsWithOne_WhenABriefFails()
    {
        var folder = new BuildFolder("""
            seeds: seeds
            briefs:
              - id: unknown-article
                title: Unknown article
                select: { ids: [no-such-article] }
                sections: [sources]
            """);

        Assert.Equal(ExitCodes.SomeBriefsFailed, Program.Main(["build", folder.BriefsFile]));
    }

    [Fact]
    public void Main_ExitsWithTwo_WhenTheBriefsFileIsNotValidYaml()
    {
        var folder = new BuildFolder("briefs: [unclosed\n");

        Assert.Equal(ExitCodes.BadInput, Program.Main(["build", folder.BriefsFile]));
    }
}
