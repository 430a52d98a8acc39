using System.Diagnostics;
using System.Text;
using Briefings.Build;
using Xunit;

namespace Briefings.Tests.Build;

/// <summary>
/// The built program, started as a child process, is killed (SIGKILL) at several moments of a
/// build: every PDF is then either the old complete one or the new complete one, and the next build
/// puts everything right.
/// </summary>
public sealed class KillDuringBuildTests
{
    private static readonly DateOnly Edition = BuildFolder.Edition;

    /// <summary>Twelve briefs (the three of briefs.yaml, four times), so that a build lasts long enough to be interrupted.</summary>
    private static string ManyBriefs()
    {
        var yaml = File.ReadAllText(Briefings.Testing.RepositoryRoot.File("briefs.yaml"));
        var head = yaml[..yaml.IndexOf("briefs:", StringComparison.Ordinal)];
        var briefs = yaml[(yaml.IndexOf("briefs:", StringComparison.Ordinal) + "briefs:".Length)..];
        var all = new StringBuilder(head).AppendLine("briefs:");
        for (var copy = 1; copy <= 4; copy++)
            all.Append(briefs.Replace("  - id: ", $"  - id: c{copy}-", StringComparison.Ordinal));
        return all.ToString();
    }

    private static void BuildInProcess(BuildFolder folder) => folder.BuildInProcess();

    private static void ChangeSummaryHeading(BuildFolder folder)
    {
        var template = folder.Template("sections/summary.md.scriban");
        File.WriteAllText(template, File.ReadAllText(template).Replace("## {{ title }}", "## {{ title }} (revised)", StringComparison.Ordinal));
    }

    private static Dictionary<string, byte[]> Pdfs(BuildFolder folder) =>
        Directory.EnumerateFiles(Path.Combine(folder.Root, "out"), "*.pdf").ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes);

    private static Process StartBuild(BuildFolder folder)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "briefings.dll"), "build", folder.BriefsFile, "--force" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder.Root,
        };
        start.Environment["SOURCE_DATE_EPOCH"] = new DateTimeOffset(Edition.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Process.Start(start)!;
    }

    [Fact]
    public void Build_LeavesEachPdfOldOrNew_WhenKilled_AndTheNextBuildRepairs()
    {
        var folder = new BuildFolder(ManyBriefs(), ownSeeds: true);
        BuildInProcess(folder);
        var old = Pdfs(folder);
        var reference = new BuildFolder(ManyBriefs(), ownSeeds: true);
        ChangeSummaryHeading(reference);
        BuildInProcess(reference);
        var fresh = Pdfs(reference);
        Assert.Equal(12, fresh.Count);
        Assert.All(fresh, pair => Assert.NotEqual(old[pair.Key], pair.Value));

        ChangeSummaryHeading(folder);
        var killedMidBuild = 0;
        // Kill while a temporary file is being written, then once 1, 5 and 9 new PDFs are in place.
        foreach (var newPdfs in new[] { 0, 1, 5, 9 })
        {
            using var child = StartBuild(folder);
            var output = Path.Combine(folder.Root, "out");
            while (!child.HasExited && !(newPdfs == 0
                       ? Directory.EnumerateFiles(output, "*.tmp").Any()
                       : Pdfs(folder).Count(pair => pair.Value.AsSpan().SequenceEqual(fresh[pair.Key])) >= newPdfs))
                Thread.Sleep(2);
            var exitedFirst = child.HasExited;
            child.Kill(entireProcessTree: true);
            child.WaitForExit();

            var now = Pdfs(folder);
            Assert.Equal(old.Keys.Order(), now.Keys.Order());
            Assert.All(now, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(old[pair.Key]) || pair.Value.AsSpan().SequenceEqual(fresh[pair.Key]),
                $"{pair.Key} is neither the old nor the new PDF after a kill with {newPdfs} new PDFs"));
            if (!exitedFirst && now.Any(pair => pair.Value.AsSpan().SequenceEqual(old[pair.Key])))
                killedMidBuild++;
        }
        Assert.True(killedMidBuild >= 2, $"only {killedMidBuild} kills landed before the build had rewritten every PDF");

        using (var last = StartBuild(folder))
        {
            Assert.True(last.WaitForExit(TimeSpan.FromMinutes(2)));
            Assert.Equal(0, last.ExitCode);
        }
        Assert.Equal(fresh, Pdfs(folder));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(folder.Root, "out"), "*.tmp", SearchOption.AllDirectories));
        Assert.Equal(12, ManifestStore.Read(Path.Combine(folder.Root, "out")).Briefs.Count);
    }
}
