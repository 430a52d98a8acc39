using Briefings.Cli;
using Briefings.Tests.Build;
using Briefings.Tests.Reliability;
using Xunit;

namespace Briefings.Tests.Cli.Commands;

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

    [Fact]
    public void ADocumentNestedAndWidenedPastThePage_IsRendered_WithAWarningForEach()
    {
        var folder = new BuildFolder();
        var markdown = Path.Combine(folder.Root, "deep.md");
        var list = string.Concat(Enumerable.Range(1, 100).Select(level => new string(' ', 2 * (level - 1)) + $"- level {level}\n"));
        var table = "| " + string.Join(" | ", Enumerable.Range(1, 60).Select(column => $"h{column}")) + " |\n|"
            + string.Concat(Enumerable.Repeat("---|", 60)) + "\n| " + string.Join(" | ", Enumerable.Range(1, 60).Select(column => $"c{column}")) + " |\n";
        File.WriteAllText(markdown, list + "\n" + table);
        var pdf = folder.Output("deep.pdf");

        var run = BriefingsRun.Run(folder, ["render", markdown, "-o", pdf]);

        Assert.Equal(0, run.ExitCode);
        var warnings = run.Error.Trim().Split('\n');
        Assert.Equal(2, warnings.Length);
        Assert.StartsWith("briefings: warning: deep.md: line 22: lists and quotes nested this deep are set without further indentation", warnings[0], StringComparison.Ordinal);
        Assert.StartsWith("briefings: warning: deep.md: line 102: a table of 60 columns does not fit the page", warnings[1], StringComparison.Ordinal);
        Assert.True(File.Exists(pdf));
    }

    [Fact]
    public void ADocumentNestedPastTheLimit_FailsOnOneLine_AndWritesNoPdf()
    {
        var folder = new BuildFolder();
        var markdown = Path.Combine(folder.Root, "deeper.md");
        File.WriteAllText(markdown, new string('>', 100_000) + " text\n");
        var pdf = folder.Output("deeper.pdf");

        var run = BriefingsRun.Run(folder, ["render", markdown, "-o", pdf]);

        Assert.Equal(ExitCodes.SomeBriefsFailed, run.ExitCode);
        Assert.Equal("briefings: deeper.md: lists, quotes or other blocks are nested more than 512 levels deep (a list level counts two); flatten the document.",
            run.Error.Trim());
        Assert.False(File.Exists(pdf));
    }
}
