using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Briefings.Cli;
using Briefings.Definitions;
using Briefings.Testing;
using Briefings.Tests.Build;
using Xunit;

namespace Briefings.Tests.Cli;

/// <summary>
/// README is the user guide, so its examples are run against the built program: every <c>sh</c>
/// block, in order, in a copy of this repository's project, each <c>briefings</c> line expected to exit
/// 0 unless it says otherwise (<c># exit 2</c>); a line marked <c># until Ctrl+C</c> is interrupted
/// after a while and must stop cleanly. Every <c>yaml</c> block holding briefs loads without a refusal.
/// </summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(RepositoryRoot.File("README.md"));

    private static IEnumerable<(int Line, string Language, string Text)> Blocks()
    {
        var lines = Readme.ReplaceLineEndings("\n").Split('\n');
        for (var at = 0; at < lines.Length; at++)
        {
            if (!lines[at].StartsWith("```", StringComparison.Ordinal) || lines[at].Length == 3)
                continue;
            var start = at;
            var language = lines[at][3..].Trim();
            var text = new StringBuilder();
            for (at++; at < lines.Length && lines[at] != "```"; at++)
                text.Append(lines[at]).Append('\n');
            yield return (start + 1, language, text.ToString());
        }
    }

    [Fact]
    public void ReadmeShellExamples_RunAsDocumented_AgainstTheBuiltProgram()
    {
        var project = new BuildFolder(ownSeeds: true);
        var blocks = Blocks().Where(block => block.Language == "sh").ToList();
        Assert.NotEmpty(blocks);

        var failures = new List<string>();
        foreach (var (line, _, text) in blocks)
        {
            var (exit, output) = RunBlock(project.Root, line, text);
            if (exit != 0)
                failures.Add($"README.md:{line}:\n{output}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void ReadmeBriefsExamples_LoadWithoutARefusal()
    {
        var examples = Blocks().Where(block => block.Language == "yaml" && block.Text.Contains("\nbriefs:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(examples);

        foreach (var (line, _, text) in examples)
        {
            var path = Path.Combine(Directory.CreateTempSubdirectory("readme-").FullName, "briefs.yaml");
            File.WriteAllText(path, text);
            var file = new BriefsFileLoader().Load(path);
            Assert.All(file.Briefs, brief => Assert.True(brief is LoadedBrief, $"README.md:{line}: {(brief as RefusedBrief)?.Error}"));
        }
    }

    [Fact]
    public void ReadmeExitCodeTable_ListsExactlyTheProgramsExitCodes()
    {
        var table = Readme[Readme.IndexOf("## Exit codes", StringComparison.Ordinal)..];
        var documented = TableCode().Matches(table).Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal([ExitCodes.Success, ExitCodes.SomeBriefsFailed, ExitCodes.BadInput], documented);
    }

    /// <summary>Runs one block as a bash script; each <c>briefings</c> line is checked for its documented exit code.</summary>
    private static (int Exit, string Output) RunBlock(string root, int firstLine, string text)
    {
        var script = new StringBuilder("""
            briefings() { "$BRIEFINGS_DOTNET" "$BRIEFINGS_DLL" "$@"; }
            failed=0

            """);
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var command = Comment().Replace(line, "").Trim();
            if (command.Length == 0)
                continue;
            var comment = line[command.Length..];
            var expected = ExpectedExit().Match(comment) is { Success: true } exit ? exit.Groups[1].Value : "0";
            if (comment.Contains("until Ctrl+C", StringComparison.Ordinal))
                command = """timeout --preserve-status -s INT 15 "$BRIEFINGS_DOTNET" "$BRIEFINGS_DLL" """ + command["briefings ".Length..];
            var where = $"README.md:{firstLine + 1 + index}";
            script.Append($$"""
                if {{command}}; then rc=0; else rc=$?; fi
                if [ "$rc" != "{{expected}}" ]; then echo "{{where}}: exit $rc, expected {{expected}}: {{command.Replace("\"", "\\\"", StringComparison.Ordinal).Replace("$", "\\$", StringComparison.Ordinal)}}" >&2; failed=1; fi

                """);
        }
        script.Append("exit $failed\n");

        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = root };
        start.Environment["BRIEFINGS_DOTNET"] = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        start.Environment["BRIEFINGS_DLL"] = Path.Combine(AppContext.BaseDirectory, "briefings.dll");
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        using var process = Process.Start(start)!;
        process.StandardInput.Write(script.ToString());
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "did not finish within 5 minutes");
        }
        return (process.ExitCode, error.Result + output.Result[..Math.Min(output.Result.Length, 2000)]);
    }

    /// <summary>A comment after a command, set off by at least two spaces (a <c>#</c> inside a quoted argument stays).</summary>
    [GeneratedRegex(@"(^|\s{2,})#.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"#\s*exit (\d+)")]
    private static partial Regex ExpectedExit();

    [GeneratedRegex(@"^\| `(\d+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableCode();
}
