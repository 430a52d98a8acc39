using Briefings.Cli;
using Briefings.Testing;
using Briefings.Tests.Build;
using Briefings.Tests.Reliability;
using Xunit;

namespace Briefings.Tests.Cli;

/// <summary>Mistakes in the repository's briefs.yaml, as a user makes them, through the built program.</summary>
public sealed class DefinitionErrorTests
{
    [Theory]
    [InlineData("    title: The Islamic Emirate and Hamas", "    titel: The Islamic Emirate and Hamas",
        "failed  emirate-and-hamas  briefs.yaml:22:5: unknown key 'titel' in brief (did you mean 'title'?); expected one of: id, title, subtitle, marking, prepared_by, label, output, length, select, sections, email.")]
    [InlineData("timeline: { from: 2021-08, max: 15 }", "timeline: { from: 2021-13, max: 15 }",
        "failed  emirate-and-hamas  briefs.yaml:31:27: brief 'emirate-and-hamas', section 'timeline': 'from: 2021-13' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.")]
    [InlineData("- summary: { sentences: 5,", "- sumary: { sentences: 5,",
        "failed  emirate-and-hamas  briefs.yaml:29:9: unknown section kind 'sumary' (did you mean 'summary'?); expected one of: entities, quotes, sources, summary, timeline.")]
    public void Build_NamesTheValueAndTheClosestName_WhenABriefHasATypo(string written, string typo, string message)
    {
        var yaml = File.ReadAllText(RepositoryRoot.File("briefs.yaml"));
        Assert.Contains(written, yaml);
        var folder = new BuildFolder(yaml.Replace(written, typo, StringComparison.Ordinal));

        var run = BriefingsRun.Build(folder);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal(message, run.Error.Trim());
        Assert.Contains("built     taliban-and-al-qaeda", run.Output);
    }
}
