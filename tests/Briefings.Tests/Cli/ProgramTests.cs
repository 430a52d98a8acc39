using Briefings.Cli;
using Briefings.Tests.Build;
using Xunit;

namespace Briefings.Tests.Cli;

public sealed class ProgramTests
{
    [Fact]
    public void Main_ExitsWithZero_WhenEveryBriefBuilds()
    {
        var folder = new BuildFolder();

        Assert.Equal(ExitCodes.Success, Program.Main(["build", folder.BriefsFile]));
    }

    [Fact]
    public void Main_ExitsWithOne_WhenABriefFailsToBuild()
    {
        var folder = new BuildFolder();
        File.WriteAllText(folder.Template("sections/sources.md.scriban"), "## {{title}\n");

        Assert.Equal(ExitCodes.SomeBriefsFailed, Program.Main(["build", folder.BriefsFile]));
    }

    [Fact]
    public void Main_ExitsWithTwo_WhenABriefSelectsAnArticleThatDoesNotExist()
    {
        var folder = new BuildFolder("""
            seeds: seeds
            briefs:
              - id: unknown-article
                title: Unknown article
                select: { ids: [no-such-article] }
                sections: [sources]
            """);

        Assert.Equal(ExitCodes.BadInput, Program.Main(["build", folder.BriefsFile]));
    }

    [Fact]
    public void Main_ExitsWithTwo_WhenTheBriefsFileIsNotValidYaml()
    {
        var folder = new BuildFolder("briefs: [unclosed\n");

        Assert.Equal(ExitCodes.BadInput, Program.Main(["build", folder.BriefsFile]));
    }

    [Fact]
    public void Main_ExitsWithTwo_AndWritesNothing_WhenTheThemeHasABadValue()
    {
        var folder = new BuildFolder();
        File.AppendAllText(Path.Combine(folder.Root, "templates", "theme.yaml"), "\nmarking: [not, text]\n");

        Assert.Equal(ExitCodes.BadInput, Program.Main(["build", folder.BriefsFile]));
        Assert.False(Directory.Exists(Path.Combine(folder.Root, "out")));
    }

    [Fact]
    public void Main_BuildsOnLetterPaper_WhenTheThemeSaysSo()
    {
        var folder = new BuildFolder();
        var theme = Path.Combine(folder.Root, "templates", "theme.yaml");
        File.WriteAllText(theme, File.ReadAllText(theme).Replace("page: A4 ", "page: Letter ", StringComparison.Ordinal));

        Assert.Equal(ExitCodes.Success, Program.Main(["build", folder.BriefsFile]));
        var pdf = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(folder.Output("emirate-and-hamas.pdf")));
        Assert.Contains("/MediaBox[0 0 612 792]", pdf);
    }
}
