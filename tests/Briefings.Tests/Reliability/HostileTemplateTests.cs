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
    /// <summary>Two briefs: one uses the timeline template (the one a test spoils), one does not.</summary>
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

    private static string Nested(int depth, string body) =>
        string.Concat(Enumerable.Repeat("{{ for s in sources }}", depth)) + body + string.Concat(Enumerable.Repeat("{{ end }}", depth));

    public static TheoryData<string, string, string> SpoiledTemplates => new()
    {
        { "a syntax error", "## {{ title }\n", "templates/sections/timeline.md.scriban:1:" },
        { "an unknown variable", "## {{ title }}\n\n{{ titel }}\n", "templates/sections/timeline.md.scriban:3:4: The variable or function `titel` was not found" },
        { "an unknown member", "## {{ title }}\n\n{{ for row in data.evnts }}{{ end }}\n", "templates/sections/timeline.md.scriban:3:" },
        { "an unknown function", "## {{ title }}\n\n{{ shout title }}\n", "templates/sections/timeline.md.scriban:3:4: The variable or function `shout` was not found" },
        { "an include that does not exist", "## {{ title }}\n\n{{ include 'sections/nowhere' }}\n", "templates/sections/timeline.md.scriban:3:4: the include 'sections/nowhere' names no template" },
        { "an include leaving templates/", "## {{ title }}\n\n{{ include '../../briefs' }}\n", "templates/sections/timeline.md.scriban:3:4: the include '../../briefs' leaves the templates folder" },
        { "an absolute include", "## {{ title }}\n\n{{ include '/etc/passwd' }}\n", "leaves the templates folder" },
        { "a template that includes itself", "## {{ title }}\n\n{{ include 'sections/timeline' }}\n", "templates/sections/timeline.md.scriban:3:4: Exceeding number of recursive depth limit" },
        { "a loop without end", "## {{ title }}\n\n{{ while true }}{{ end }}\n", "templates/sections/timeline.md.scriban:3:" },
        { "a hundred million characters", "## {{ title }}\n\n" + Nested(8, new string('x', 200)) + "\n", "Rendered output exceeds OutputLimit `16000000`" },
    };

    [Theory]
    [MemberData(nameof(SpoiledTemplates))]
    public void Build_FailsOnlyTheBriefsUsingASpoiledTemplate(string what, string template, string message)
    {
        var folder = new BuildFolder(TwoBriefs);
        File.WriteAllText(folder.Template("sections/timeline.md.scriban"), template);

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
    public void Build_RefusesATemplateLinkedFromOutsideTheTemplatesFolder()
    {
        var folder = new BuildFolder(TwoBriefs);
        var outside = Path.Combine(folder.Root, "outside.md.scriban");
        File.WriteAllText(outside, "## {{ title }}\n\nLinked from outside.\n");
        File.Delete(folder.Template("sections/timeline.md.scriban"));
        File.CreateSymbolicLink(folder.Template("sections/timeline.md.scriban"), outside);

        var run = BriefingsRun.Build(folder);

        Assert.Equal(1, run.ExitCode);
        var failure = Assert.Single(run.Error.Split('\n'), line => line.StartsWith("failed", StringComparison.Ordinal));
        Assert.Contains("templates/sections/timeline.md.scriban links to a file outside the templates folder", failure);
        Assert.Contains("built     without-timeline", run.Output);
    }

    [Fact]
    public void Render_StopsATemplateThatRepeatsWithoutEnd_AtItsTimeLimit()
    {
        var folder = new BuildFolder(TwoBriefs);
        // 14^12 iterations that write nothing: neither the loop limit (raised here) nor the output bound stops them, only the time limit.
        File.WriteAllText(folder.Template("brief.md.scriban"), "---\n---\n" + Nested(12, ""));
        var options = TemplateOptions.Default with { TimeLimit = TimeSpan.FromSeconds(1), LoopLimit = int.MaxValue };
        var templates = TemplateSet.Load(Path.Combine(folder.Root, "templates"), options);
        var sources = Enumerable.Range(1, 14).Select(number => new Briefings.Composition.SourceModel(number, $"source-{number}", "T", null, null, null, "seed.txt", 1));
        var model = new Briefings.Composition.BriefModel("x", "X", null, "Brief", "M", null, null, 14, [], [.. sources]);

        var error = Assert.Throws<TemplateException>(() => templates.Render(model));

        Assert.Contains("time limit", error.Message);
        Assert.Equal("templates/brief.md.scriban", error.Location?.File);
        Assert.Equal(3, error.Location?.Line);
    }

    [Theory]
    [InlineData("{{ BRIEFINGS_TEST_SECRET }}")]
    [InlineData("{{ env.BRIEFINGS_TEST_SECRET }}")]
    [InlineData("{{ environment.BRIEFINGS_TEST_SECRET }}")]
    [InlineData("{{ HOME }}")]
    [InlineData("{{ include '/proc/self/environ' }}")]
    [InlineData("{{ date.now }}")]
    public void Templates_SeeNeitherEnvironmentVariablesNorFiles(string attempt)
    {
        var folder = new BuildFolder(TwoBriefs);
        Environment.SetEnvironmentVariable("BRIEFINGS_TEST_SECRET", "hunter2");
        File.WriteAllText(folder.Template("sections/timeline.md.scriban"), "## {{ title }}\n\n[" + attempt + "]\n");
        var templates = TemplateSet.Load(Path.Combine(folder.Root, "templates"));

        var error = Assert.Throws<TemplateException>(() => templates.Render(new Briefings.Composition.BriefModel("x", "X", null, "Brief", "M", null, null, 0,
            [new Briefings.Composition.SectionModel("timeline", "Timeline", new object())], [])));

        Assert.Equal("templates/sections/timeline.md.scriban", error.Location?.File);
        Assert.DoesNotContain("hunter2", error.Message);
    }
}
