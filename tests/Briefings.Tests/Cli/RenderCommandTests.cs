using Briefings.Cli;
using Briefings.Tests.Build;
using Briefings.Tests.Reliability;
using Xunit;

namespace Briefings.Tests.Cli;

/// <summary><c>render</c> as a user runs it: the shipped command in a child process, warm-up thread and all.</summary>
public sealed class RenderCommandTests
{
    private const string Document = """
        ---
        title: A rendered note
        ---
        # A rendered note

        A paragraph long enough to be justified across the column, with **bold** and *italic* words,
        a footnote[^1] and a table.

        | Name | Role |
        |---|---|
        | Zabihullah Mujahid | spokesman |

        [^1]: The note.
        """;

    [Fact]
    public void Render_WritesTheSamePdf_EveryTime()
    {
        var folder = new BuildFolder();
        var markdown = Path.Combine(folder.Root, "note.md");
        File.WriteAllText(markdown, Document);
        var pdf = folder.Output("note.pdf");

        var first = BriefingsRun.Run(folder, ["render", markdown, "-o", pdf]);
        var bytes = File.ReadAllBytes(pdf);
        var second = BriefingsRun.Run(folder, ["render", markdown, "-o", pdf]);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal($"rendered  1 pages  {pdf}", first.Output.Trim());
        Assert.Equal("", first.Error);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(bytes, File.ReadAllBytes(pdf));
    }

    [Fact]
    public void AMissingInput_IsRefused()
    {
        var folder = new BuildFolder();
        var missing = Path.Combine(folder.Root, "missing.md");

        var run = BriefingsRun.Run(folder, ["render", missing, "-o", folder.Output("x.pdf")]);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal($"briefings: the file '{missing}' does not exist; see `briefings render --help`.", run.Error.Trim());
    }

    [Fact]
    public void AnUnwritableOutput_IsReportedOnOneLine_NamingTheInput()
    {
        var folder = new BuildFolder();
        var markdown = Path.Combine(folder.Root, "note.md");
        File.WriteAllText(markdown, Document);
        var blocker = Path.Combine(folder.Root, "blocker");
        File.WriteAllText(blocker, "a file where the output folder should be");

        var run = BriefingsRun.Run(folder, ["render", markdown, "-o", Path.Combine(blocker, "note.pdf")]);

        Assert.Equal(ExitCodes.SomeBriefsFailed, run.ExitCode);
        Assert.StartsWith("briefings: note.md: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }
}
