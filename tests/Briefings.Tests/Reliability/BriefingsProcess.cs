using System.Diagnostics;
using Briefings.Tests.Build;

namespace Briefings.Tests.Reliability;

/// <summary>
/// Runs the built program as a user would, in a child process, and notes what it printed, how it
/// exited and what it changed on disk outside the output folder. A run that does not end within a
/// minute is a hang and fails the test.
/// </summary>
public sealed record BriefingsRun(int ExitCode, string Output, string Error, IReadOnlyList<string> ChangedOutsideOut)
{
    private static readonly TimeSpan DefaultPatience = TimeSpan.FromMinutes(1);

    public static BriefingsRun Build(BuildFolder folder, params string[] extra) => Run(folder, ["build", folder.BriefsFile, .. extra]);

    /// <param name="environment">Variables set for the run, on top of this process's.</param>
    /// <param name="patience">How long the run may take before it counts as a hang; a minute unless given.</param>
    public static BriefingsRun Run(BuildFolder folder, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? patience = null) =>
        Run(folder.Root, arguments, environment, patience);

    /// <summary>Runs the program in <paramref name="root"/>, any folder (one <c>init</c> fills, say).</summary>
    public static BriefingsRun Run(string root, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? patience = null)
    {
        var limit = patience ?? DefaultPatience;
        var before = Snapshot(root);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "briefings.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"briefings {string.Join(' ', arguments)} did not finish within {limit.TotalSeconds} s.");
        }
        var after = Snapshot(root);
        var changed = after.Where(pair => !before.TryGetValue(pair.Key, out var old) || old != pair.Value).Select(pair => pair.Key)
            .Concat(before.Keys.Where(key => !after.ContainsKey(key))).Order(StringComparer.Ordinal).ToList();
        return new BriefingsRun(process.ExitCode, output.Result, error.Result, changed);
    }

    /// <summary>
    /// Every file outside out/ (and outbox/), with its size and time: what a run must not touch. Links
    /// are not followed (a test may plant a link loop).
    /// </summary>
    private static Dictionary<string, (long, DateTime)> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Select(path => Path.GetRelativePath(root, path))
            .Where(path => !path.StartsWith("out" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToDictionary(path => path, path => (new FileInfo(Path.Combine(root, path)).Length, File.GetLastWriteTimeUtc(Path.Combine(root, path))));
}
