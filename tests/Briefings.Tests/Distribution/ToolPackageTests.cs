using System.Diagnostics;
using Briefings.Testing;
using Briefings.Tests.Build;
using Briefings.Tests.Reliability;
using Xunit;

namespace Briefings.Tests.Distribution;

/// <summary>
/// README's install: <c>dotnet pack</c> makes a .NET tool package and <c>dotnet tool install</c> gives a
/// <c>briefings</c> command that builds a project as the program under test does. The sources are packed
/// from a copy, so the pack's Release build never meets the test run's own build outputs.
/// </summary>
public sealed class ToolPackageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    [Fact]
    public void The_installed_tool_reports_its_version_and_builds_the_same_PDFs_as_the_program()
    {
        var work = Directory.CreateTempSubdirectory("tool-").FullName;
        try
        {
            var sources = Path.Combine(work, "clone");
            foreach (var part in new[] { "src", "templates", "schemas" })
                CopySources(RepositoryRoot.File(part), Path.Combine(sources, part));
            foreach (var file in new[] { "Directory.Build.props", "global.json", ".editorconfig" })
                File.Copy(RepositoryRoot.File(file), Path.Combine(sources, file));

            var feed = Path.Combine(work, "feed");
            var tools = Path.Combine(work, "tools");
            Dotnet(sources, "pack", "src/Briefings", "-c", "Release", "-o", feed);
            Assert.Single(Directory.GetFiles(feed, "Briefings.*.nupkg"));
            Dotnet(work, "tool", "install", "Briefings", "--tool-path", tools, "--add-source", feed);
            var briefings = Path.Combine(tools, "briefings");

            var version = Run(work, briefings, "--version");
            Assert.Matches(@"^\d+\.\d+\.\d+", version.Trim());

            var byTool = new BuildFolder(ownSeeds: true);
            Run(byTool.Root, briefings, "build", byTool.BriefsFile);
            var byProgram = new BuildFolder(ownSeeds: true);
            Assert.Equal(0, BriefingsRun.Build(byProgram).ExitCode);

            var expected = Directory.GetFiles(Path.Combine(byProgram.Root, "out"), "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Directory.GetFiles(Path.Combine(byTool.Root, "out"), "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (var name in expected)
                Assert.True(File.ReadAllBytes(byProgram.Output(name!)).AsSpan().SequenceEqual(File.ReadAllBytes(byTool.Output(name!))), $"{name} differs between the tool and the program");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void CopySources(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var folders = relative.Split(Path.DirectorySeparatorChar);
            if (folders.Contains("bin") || folders.Contains("obj"))
                continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string Dotnet(string folder, params string[] arguments) =>
        Run(folder, Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", arguments);

    /// <summary>Runs a command to its end and returns what it printed; a non-zero exit fails the test with that output.</summary>
    private static string Run(string folder, string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{command} {string.Join(' ', arguments)} did not finish within {Patience.TotalMinutes} minutes.");
        }
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output.Result}\n{error.Result}");
        return output.Result;
    }
}
