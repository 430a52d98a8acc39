using Briefings.Cli;
using Briefings.Tests.Build;
using Briefings.Tests.Reliability;
using Xunit;

namespace Briefings.Tests.Cli;

/// <summary>
/// Every command refuses a mistyped option and a missing input as a usage error: exit 2, one line
/// naming it with the closest option or name, nothing done. Through the built program, in a copy of
/// the repository's project.
/// </summary>
public sealed class UsageErrorTests
{
    private static readonly Lazy<BuildFolder> Project = new(() => new BuildFolder(ownSeeds: true));

    [Theory]
    [InlineData("build briefs.yaml --frce", "unknown option '--frce' for 'build' (did you mean '--force'?); see `briefings build --help`.")]
    [InlineData("watch briefs.yaml --debounse 10", "unknown option '--debounse' for 'watch' (did you mean '--debounce'?); see `briefings watch --help`.")]
    [InlineData("render note.md -o note.pdf --pdfa", "unknown option '--pdfa' for 'render' (did you mean '--pdf-a'?); see `briefings render --help`.")]
    [InlineData("articles --jsn", "unknown option '--jsn' for 'articles' (did you mean '--json'?); see `briefings articles --help`.")]
    [InlineData("show talibans-fm-hamas-political-bureau-chief-discuss-gaza --jsn", "unknown option '--jsn' for 'show' (did you mean '--json'?); see `briefings show --help`.")]
    [InlineData("entities --candidate 3", "unknown option '--candidate' for 'entities' (did you mean '--candidates'?); see `briefings entities --help`.")]
    [InlineData("explain emirate-and-hamas --section", "unknown option '--section' for 'explain' (did you mean '--sections'?); see `briefings explain --help`.")]
    [InlineData("email briefs.yaml --dry-rn", "unknown option '--dry-rn' for 'email' (did you mean '--dry-run'?); see `briefings email --help`.")]
    [InlineData("email --dry-rn briefs.yaml", "unknown option '--dry-rn' for 'email' (did you mean '--dry-run'?); see `briefings email --help`.")]
    [InlineData("init new-desk --forse", "unknown option '--forse' for 'init'; see `briefings init --help`.")]
    [InlineData("biuld briefs.yaml", "unknown command 'biuld' (did you mean 'build'?); see `briefings --help`.")]
    public void Command_ExitsWithTwo_NamingTheOption_WhenAnOptionIsUnknown(string line, string message) =>
        AssertUsageError(line, message);

    [Theory]
    [InlineData("build", "missing the briefs argument; see `briefings build --help`.")]
    [InlineData("build brief.yaml", "the file 'brief.yaml' does not exist (did you mean 'briefs.yaml'?); see `briefings build --help`.")]
    [InlineData("watch briefs.yml", "the file 'briefs.yml' does not exist (did you mean 'briefs.yaml'?); see `briefings watch --help`.")]
    [InlineData("render nothing.md -o nothing.pdf", "the file 'nothing.md' does not exist; see `briefings render --help`.")]
    [InlineData("articles seedz", "the folder 'seedz' does not exist (did you mean 'seeds'?); see `briefings articles --help`.")]
    [InlineData("show", "missing the id argument; see `briefings show --help`.")]
    [InlineData("entities seeds/entities.yaml", "the folder 'seeds/entities.yaml' is a file; see `briefings entities --help`.")]
    [InlineData("explain emirate-and-hamas brief.yaml", "the file 'brief.yaml' does not exist (did you mean 'briefs.yaml'?); see `briefings explain --help`.")]
    [InlineData("email briefs", "the file 'briefs' does not exist (did you mean 'briefs.yaml'?); see `briefings email --help`.")]
    [InlineData("init briefs.yaml", "briefs.yaml is a file; init needs a folder (new or empty of briefs.yaml, templates/, seeds/ and schemas/).")]
    [InlineData("", "missing a command; see `briefings --help`.")]
    [InlineData("explain emirate-and-hams", "briefs.yaml has no brief 'emirate-and-hams' (did you mean 'emirate-and-hamas'?); its briefs are emirate-and-hamas, taliban-and-al-qaeda, regional-relations.")]
    [InlineData("show talibans-fm-hamas", "no article has the id 'talibans-fm-hamas' (did you mean 'talibans-fm-hamas-political-bureau-chief-discuss-gaza'?); `briefings articles` lists the ids.")]
    public void Command_ExitsWithTwo_NamingTheInput_WhenAnInputIsMissing(string line, string message) =>
        AssertUsageError(line, message);

    private static void AssertUsageError(string line, string message)
    {
        var run = BriefingsRun.Run(Project.Value, line.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal($"briefings: {message}", run.Error.Trim());
        Assert.Empty(run.ChangedOutsideOut);
        Assert.False(Directory.Exists(Project.Value.Output("")));
    }
}
