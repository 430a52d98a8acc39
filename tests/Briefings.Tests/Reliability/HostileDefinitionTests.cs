using System.Text;
using System.Text.RegularExpressions;
using Briefings.Definitions;
using Briefings.Tests.Build;
using Xunit;

namespace Briefings.Tests.Reliability;

/// <summary>
/// Hostile briefs.yaml files, run through the built program: each gives one clear error naming
/// briefs.yaml:line:column, exit code 2, nothing written outside out/, and (when only one brief is
/// bad) the other briefs still built.
/// </summary>
public sealed partial class HostileDefinitionTests
{
    private const string GoodBrief = """
          - id: good
            title: A good brief
            select: { ids: [talibans-fm-hamas-political-bureau-chief-discuss-gaza] }
            sections: [summary, sources]
        """;

    public static TheoryData<string, string, string> WholeFileRefusals => new()
    {
        { "malformed YAML", "briefs: [\n  - id: x\n", "briefs.yaml:2:3" },
        { "a list at the top", "- one\n- two\n", "briefs.yaml:1:1" },
        { "an unknown top-level key", "seeds: seeds\nbriefz: []\n", "briefs.yaml:2:1" },
        { "a mapping where the briefs list goes", "seeds: seeds\nbriefs: { id: x }\n", "briefs.yaml:2:9" },
        { "an empty file", "", "briefs.yaml:1:1" },
        { "a tab-indented file", "briefs:\n\t- id: x\n", "briefs.yaml:2:1" },
        { "content after the end marker (crashed YamlDotNet; found by fuzzing)", "...\nbriefs: []\n", "briefs.yaml:1:1" },
    };

    [Theory]
    [MemberData(nameof(WholeFileRefusals))]
    public void Build_RefusesTheWholeFile_WithItsPlace(string what, string yaml, string place)
    {
        var folder = new BuildFolder(yaml);

        var run = BriefingsRun.Build(folder);

        Assert.True(run.ExitCode == 2, $"{what}: exit {run.ExitCode}");
        Assert.StartsWith($"briefings: {place}:", run.Error.Trim());
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Empty(run.ChangedOutsideOut);
        Assert.False(Directory.Exists(folder.Output("")));
    }

    public static TheoryData<string, string, string> BriefRefusals => new()
    {
        { "a wrong type", "  - id: bad\n    title: Bad\n    select: { ids: [talibans-fm-hamas-political-bureau-chief-discuss-gaza] }\n    sections: 5\n", "expected a list (`[a, b]` or lines starting `- `) here, not a text value." },
        { "an unknown key", "  - id: bad\n    titel: Bad\n    select: { ids: [talibans-fm-hamas-political-bureau-chief-discuss-gaza] }\n    sections: [sources]\n", "titel" },
        { "a duplicate id", "  - id: good\n    title: Again\n    select: { ids: [talibans-fm-hamas-political-bureau-chief-discuss-gaza] }\n    sections: [sources]\n", "used twice" },
        { "an output path with ..", "  - id: bad\n    title: Bad\n    output: ../../escape.pdf\n    select: { ids: [talibans-fm-hamas-political-bureau-chief-discuss-gaza] }\n    sections: [sources]\n", "must not contain '..'" },
        { "an absolute output path", "  - id: bad\n    title: Bad\n    output: /tmp/escape.pdf\n    select: { ids: [talibans-fm-hamas-political-bureau-chief-discuss-gaza] }\n    sections: [sources]\n", "is absolute" },
        { "a reserved device name", "  - id: bad\n    title: Bad\n    output: con.pdf\n    select: { ids: [talibans-fm-hamas-political-bureau-chief-discuss-gaza] }\n    sections: [sources]\n", "reserved device name" },
        { "no matching article", "  - id: bad\n    title: Bad\n    select: { keywords: { all: [zzzz-no-such-word] } }\n    sections: [sources]\n", "matches no article" },
        { "an unknown article id", "  - id: bad\n    title: Bad\n    select: { ids: [no-such-article] }\n    sections: [sources]\n", "no article has the id 'no-such-article'" },
        { "bad section options", "  - id: bad\n    title: Bad\n    select: { ids: [talibans-fm-hamas-political-bureau-chief-discuss-gaza] }\n    sections:\n      - quotes: { max: 0 }\n", "'max' must be between 1 and 100" },
        { "an unknown section kind", "  - id: bad\n    title: Bad\n    select: { ids: [talibans-fm-hamas-political-bureau-chief-discuss-gaza] }\n    sections: [gossip]\n", "unknown section kind 'gossip'" },
    };

    [Theory]
    [MemberData(nameof(BriefRefusals))]
    public void Build_RefusesOneBrief_AndStillBuildsTheOthers(string what, string badBrief, string message)
    {
        var folder = new BuildFolder($"seeds: seeds\nbriefs:\n{GoodBrief}\n{badBrief}");

        var run = BriefingsRun.Build(folder);

        Assert.True(run.ExitCode == 2, $"{what}: exit {run.ExitCode}; {run.Error}");
        var failure = Assert.Single(run.Error.Split('\n'), line => line.StartsWith("failed", StringComparison.Ordinal));
        Assert.Matches(Place(), failure);
        Assert.Contains(message, failure);
        Assert.Contains("built     good", run.Output);
        Assert.True(File.Exists(folder.Output("good.pdf")));
        Assert.Empty(run.ChangedOutsideOut);
        Assert.False(File.Exists("/tmp/escape.pdf") && File.GetLastWriteTimeUtc("/tmp/escape.pdf") > DateTime.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public void Build_RefusesABriefsFileOverTheSizeLimit_WithoutReadingIt()
    {
        var yaml = new StringBuilder("briefs:\n").Append(GoodBrief).Append('\n');
        while (yaml.Length <= BriefsFileLoader.MaxFileBytes + 1_000_000)
            yaml.Append("# ").Append('x', 1000).Append('\n');
        var folder = new BuildFolder(yaml.ToString());

        var run = BriefingsRun.Build(folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("briefs.yaml:1:1: the briefs file is 5 MB; the limit is 4 MB.", run.Error);
    }

    [Fact]
    public void Load_RefusesABillionLaughs_WithoutExpandingIt()
    {
        var folder = new BuildFolder("""
            briefs:
              - id: laughs
                title: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]
                subtitle: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
                label: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
                marking: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
                prepared_by: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
                output: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
                select: { ids: *f }
                sections: *f
            """);
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var entry = Assert.Single(new BriefsFileLoader().Load(folder.BriefsFile).Briefs);

        Assert.Contains("briefs.yaml:3:12", Assert.IsType<RefusedBrief>(entry).Error.Location!.ToString());
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 50_000_000, "loading the file allocated more than 50 MB");
    }

    [GeneratedRegex(@"briefs\.yaml:\d+:\d+: ")]
    private static partial Regex Place();
}
