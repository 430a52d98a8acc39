using System.Diagnostics;
using Briefings.Tests.Build;
using Xunit;

namespace Briefings.Tests.Cache;

/// <summary>
/// A program copied without SQLite's native library (a native binary moved without the
/// <c>libe_sqlite3.so</c> published beside it) builds without its cache and says so once.
/// </summary>
public sealed class MissingEngineTests
{
    [Fact]
    public async Task Without_SQLites_library_the_build_warns_once_and_writes_every_brief()
    {
        var program = Directory.CreateTempSubdirectory("no-sqlite-").FullName;
        BuildFolder.CopyFolder(AppContext.BaseDirectory, program);
        Directory.Delete(Path.Combine(program, "runtimes"), recursive: true);
        var folder = new BuildFolder(ownSeeds: true);

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(program, "briefings.dll"), "build", folder.BriefsFile })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(TimeSpan.FromMinutes(2));
        var reading = process.StandardOutput.ReadToEndAsync(patience.Token);
        var errors = process.StandardError.ReadToEndAsync(patience.Token);
        await process.WaitForExitAsync(patience.Token);
        var (output, error) = (await reading, await errors);

        Assert.Equal(0, process.ExitCode);
        var warning = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("the article cache is not used: SQLite's library could not be loaded", warning);
        Assert.DoesNotContain("   at ", error + output);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder.Root, "out"), "*.pdf"));
        Assert.False(File.Exists(Path.Combine(folder.Root, "out", ".briefings-cache.db")));
    }
}
