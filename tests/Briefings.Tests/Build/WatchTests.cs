using System.Collections.Concurrent;
using System.Diagnostics;
using Xunit;

namespace Briefings.Tests.Build;

/// <summary><c>watch</c> as a user runs it: the built program in a child process, files saved beside it, Ctrl+C (SIGINT) to stop.</summary>
public sealed class WatchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void Watch_RebuildsWhatChanged_SurvivesABadSave_AndStopsCleanlyOnCtrlC()
    {
        var folder = new BuildFolder(ownSeeds: true);
        var lines = new BlockingCollection<string>();
        using var watch = StartWatch(folder, lines);
        try
        {
            var first = ReadUntil(lines, line => line.StartsWith("watching", StringComparison.Ordinal));
            Assert.Equal(3, first.Count(line => line.StartsWith("built ", StringComparison.Ordinal)));

            var seed = folder.Seed("003_1383fc75b628ea80.txt");
            File.WriteAllText(seed, File.ReadAllText(seed).Replace("were not disclosed", "were kept private", StringComparison.Ordinal));
            var round = ReadUntil(lines, line => line.StartsWith("watching", StringComparison.Ordinal));
            Assert.Contains(round, line => line.StartsWith("built ", StringComparison.Ordinal) && line.Contains("emirate-and-hamas", StringComparison.Ordinal));
            Assert.Contains(round, line => line.StartsWith("unchanged", StringComparison.Ordinal) && line.Contains("taliban-and-al-qaeda", StringComparison.Ordinal));

            var good = File.ReadAllText(folder.BriefsFile);
            File.WriteAllText(folder.BriefsFile, "briefs: [\n");
            // The error is on stderr, which may arrive before or after stdout's "watching".
            ReadUntil(lines, line => line.StartsWith("stderr: briefings: ", StringComparison.Ordinal) && line.Contains("briefs.yaml:2:1", StringComparison.Ordinal));

            File.WriteAllText(folder.BriefsFile, good);
            var mended = ReadUntil(lines, line => line.StartsWith("unchanged", StringComparison.Ordinal) && line.Contains("regional-relations", StringComparison.Ordinal));
            Assert.Equal(3, mended.Count(line => line.StartsWith("unchanged", StringComparison.Ordinal)));
            Assert.DoesNotContain(mended, line => line.StartsWith("built", StringComparison.Ordinal));

            using (var interrupt = Process.Start("kill", ["-INT", watch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                interrupt.WaitForExit();
            Assert.True(watch.WaitForExit(Patience), "watch did not stop on SIGINT");
            Assert.Equal(0, watch.ExitCode);
        }
        finally
        {
            if (!watch.HasExited)
                watch.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void Watch_Rebuilds_WhenTheSeedFolderIsRemovedAndCopiedBackWithAnEdit()
    {
        var folder = new BuildFolder(ownSeeds: true);
        var seeds = Path.Combine(folder.Root, "seeds");
        var kept = Directory.CreateTempSubdirectory("kept-seeds-").FullName;
        BuildFolder.CopyFolder(seeds, kept);
        var lines = new BlockingCollection<string>();
        using var watch = StartWatch(folder, lines);
        try
        {
            ReadUntil(lines, line => line.StartsWith("watching", StringComparison.Ordinal));

            Directory.Delete(seeds, recursive: true);
            // The round without seeds ends with a new watcher made while the folder is missing.
            ReadUntil(lines, line => line.StartsWith("watching", StringComparison.Ordinal));
            var seed = Path.Combine(kept, "003_1383fc75b628ea80.txt");
            File.WriteAllText(seed, File.ReadAllText(seed).Replace("were not disclosed", "were kept private", StringComparison.Ordinal));
            BuildFolder.CopyFolder(kept, seeds);

            var round = ReadUntil(lines, line => line.StartsWith("built ", StringComparison.Ordinal) && line.Contains("emirate-and-hamas", StringComparison.Ordinal));
            Assert.Contains(round, line => line.StartsWith("changed", StringComparison.Ordinal) && line.Contains("seeds", StringComparison.Ordinal));
        }
        finally
        {
            if (!watch.HasExited)
                watch.Kill(entireProcessTree: true);
        }
    }

    /// <summary>The built program's <c>watch</c> on the folder, every line it prints (stderr marked) going to <paramref name="lines"/>.</summary>
    private static Process StartWatch(BuildFolder folder, BlockingCollection<string> lines)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "briefings.dll"), "watch", folder.BriefsFile, "--debounce", "150" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder.Root,
        };
        var watch = Process.Start(start)!;
        watch.OutputDataReceived += (_, line) => { if (line.Data is not null) lines.Add(line.Data); };
        watch.ErrorDataReceived += (_, line) => { if (line.Data is not null) lines.Add("stderr: " + line.Data); };
        watch.BeginOutputReadLine();
        watch.BeginErrorReadLine();
        return watch;
    }

    private static List<string> ReadUntil(BlockingCollection<string> lines, Func<string, bool> last)
    {
        var read = new List<string>();
        while (lines.TryTake(out var line, Patience))
        {
            read.Add(line);
            if (last(line))
                return read;
        }
        throw new TimeoutException("watch printed nothing more; so far: " + string.Join(" | ", read));
    }
}
