using System.Diagnostics;
using System.Text.RegularExpressions;
using Briefings.Tests.Build;
using Xunit;

namespace Briefings.Tests.Cli;

/// <summary>
/// What a person at a terminal sees: the built program run under <c>script</c>, which gives it a
/// pseudo-terminal of a chosen width, with the escape sequences stripped from what it drew.
/// </summary>
public sealed partial class TerminalTests
{
    private static string OnTerminal(BuildFolder folder, int columns, string arguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var program = Path.Combine(AppContext.BaseDirectory, "briefings.dll");
        var start = new ProcessStartInfo("script", ["-qec", $"stty cols {columns}; '{dotnet}' '{program}' {arguments}", "/dev/null"])
        {
            WorkingDirectory = folder.Root,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "the program did not finish on the terminal");
        Assert.Equal(0, process.ExitCode);
        return Escape().Replace(output.Result, "").Replace("\r", "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(140)]
    public void Articles_ShowsEveryIdWholeOnOneLine_OnATerminal(int columns)
    {
        var folder = new BuildFolder(ownSeeds: true);

        var screen = OnTerminal(folder, columns, "articles");
        var expected = Briefings.Inspection.CorpusInspector.Open(Path.Combine(folder.Root, "seeds")).Corpus.Articles.Select(article => article.Id).ToList();

        Assert.NotEmpty(expected);
        var lines = screen.Split('\n');
        Assert.All(expected, id => Assert.Contains(lines, line => line.Contains($"│ {id} ", StringComparison.Ordinal)));
        Assert.All(lines.Where(line => line.StartsWith('│')), line => Assert.True(line.TrimEnd().Length <= columns, $"wider than {columns}: {line}"));
        Assert.Contains("…", screen);
    }

    [Fact]
    public void Entities_SaysWhatItIsDoing_WhileItReadsAndAnalyses_OnATerminal()
    {
        var folder = new BuildFolder(ownSeeds: true);

        var screen = OnTerminal(folder, 120, "entities --candidates 3");

        Assert.Contains("Reading the articles in seeds/…", screen);
        Assert.Contains("Analysing the articles…", screen);
        Assert.Contains("Candidates (names not in entities.yaml):", screen);
    }

    /// <summary>ANSI escape sequences (colours, cursor moves) and the keypad-mode switches.</summary>
    [GeneratedRegex(@"\x1b(\[[0-9;?]*[A-Za-z]|[=>])")]
    private static partial Regex Escape();
}
