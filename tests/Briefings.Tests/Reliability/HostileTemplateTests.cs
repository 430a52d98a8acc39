using Briefings.Composition.Templates;
using Briefings.Tests.Build;
using Xunit;

namespace Briefings.Tests.Reliability;

/// <summary>
/// Hostile templates: each fails only the briefs that use it, with the template's file:line:column
/// where there is one, within a size and time bound; the other briefs are still built. Templates
/// can read no file outside templates/ and no environment variable.
/// </summary>
public sealed class HostileTemplateTests
{
    /// <summary>Two briefs: one uses the timeline partial (the one a test spoils), one does not.</summary>
    private const string TwoBriefs = """
        seeds: seeds
        briefs:
          - id: with-timeline
            title: With a timeline
            select: { mentions: [Hamas] }
            sections: [summary, timeline, sources]
          - id: without-timeline
            title: Without a timeline
            select: { mentions: [al-Qaeda] }
            sections: [summary, sources]
        """;

    public static TheoryData<string, string, string> SpoiledPartials => new()
    {
        { "a syntax error", "## {{title}\n", "templates/sections/timeline.md.hbs:1:" },
        { "an unknown helper", "## {{title}}\n\n{{shout title}}\n", "shout" },
        { "a partial that does not exist", "## {{title}}\n\n{{> sections/nowhere}}\n", "sections/nowhere" },
        { "a partial path leaving templates/", "## {{title}}\n\n{{> ../../briefs}}\n", "../../briefs" },
        { "a partial that includes itself", "## {{title}}\n\n{{> sections/timeline}}\n", "recursion" },
        { "a hundred million characters", "## {{title}}\n\n" + string.Concat(Enumerable.Repeat("{{#each @root.sources}}", 12)) + "{{title}} " + string.Concat(Enumerable.Repeat("{{/each}}", 12)) + "\n", "more than 16 million characters" },
    };

    [Theory]
    [MemberData(nameof(SpoiledPartials))]
    public void Build_FailsOnlyTheBriefsUsingASpoiledTemplate(string what, string partial, string message)
    {
        var folder = new BuildFolder(TwoBriefs);
        File.WriteAllText(folder.Template("sections/timeline.md.hbs"), partial);

        var run = BriefingsRun.Build(folder);

        Assert.True(run.ExitCode == 1, $"{what}: exit {run.ExitCode}; {run.Error}");
        var failure = Assert.Single(run.Error.Split('\n'), line => line.StartsWith("failed", StringComparison.Ordinal));
        Assert.StartsWith("failed  with-timeline  templates/", failure);
        Assert.Contains(message, failure);
        Assert.Contains("built     without-timeline", run.Output);
        Assert.False(File.Exists(folder.Output("with-timeline.pdf")));
        Assert.Empty(run.ChangedOutsideOut);
    }

    [Fact]
    public void Render_StopsATemplateThatRepeatsWithoutEnd_AtItsTimeLimit()
    {
        var folder = new BuildFolder(TwoBriefs);
        // 14^12 iterations: it writes a character at a time, so the time limit stops it where it is.
        File.WriteAllText(folder.Template("brief.md.hbs"), string.Concat(Enumerable.Repeat("{{#each @root.sources}}", 12)) + "." + string.Concat(Enumerable.Repeat("{{/each}}", 12)));
        var templates = TemplateSet.Load(Path.Combine(folder.Root, "templates"), renderTimeLimit: TimeSpan.FromSeconds(1));
        var sources = Enumerable.Range(1, 14).Select(number => new Briefings.Composition.SourceModel(number, $"source-{number}", "T", null, null, null, "seed.txt", 1));
        var model = new Briefings.Composition.BriefModel("x", "X", null, "Brief", "M", null, null, 14, [], [.. sources]);

        var error = Assert.Throws<TemplateException>(() => templates.Render(model));

        Assert.Contains("time limit", error.Message);
        Assert.Equal("templates/brief.md.hbs", error.Location?.File);
    }

    [Fact]
    public void Templates_SeeNeitherEnvironmentVariablesNorFiles()
    {
        var folder = new BuildFolder(TwoBriefs);
        Environment.SetEnvironmentVariable("BRIEFINGS_TEST_SECRET", "hunter2");
        File.WriteAllText(folder.Template("sections/timeline.md.hbs"), "## {{title}}\n\n[{{BRIEFINGS_TEST_SECRET}}{{env.BRIEFINGS_TEST_SECRET}}{{@root.env}}{{HOME}}{{lookup @root \"PATH\"}}]\n");
        var templates = TemplateSet.Load(Path.Combine(folder.Root, "templates"));

        var markdown = templates.Render(new Briefings.Composition.BriefModel("x", "X", null, "Brief", "M", null, null, 0,
            [new Briefings.Composition.SectionModel("timeline", "Timeline", new object())], []));

        Assert.Contains("[]", markdown);
        Assert.DoesNotContain("hunter2", markdown);
    }
}
