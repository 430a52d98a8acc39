using System.CommandLine;
using Briefings.Build;

namespace Briefings.Cli.Commands;

/// <summary>
/// <c>watch briefs.yaml</c>: builds, then rebuilds what changed each time the seeds, templates, theme
/// or briefs.yaml are saved (after a quiet moment), printing the same lines as <c>build</c>. A file
/// that is half-written or invalid is reported and watching goes on. Ctrl+C stops it cleanly.
/// </summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var briefs = BuildCommand.BriefsArgument();
        var debounce = new Option<int>("--debounce") { Description = "Milliseconds of quiet after the last save before rebuilding.", DefaultValueFactory = _ => 300 };
        var json = new Option<bool>("--json") { Description = "Print one JSON line per build (schemas/watch.schema.json); the watching lines go to stderr." };
        var command = new Command("watch", "Build, then rebuild whenever seeds, templates, the theme or the briefs file change (Ctrl+C stops).") { briefs, debounce, json };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(briefs)!, TimeSpan.FromMilliseconds(Math.Max(0, parse.GetValue(debounce))), parse.GetValue(json), cancel));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo briefsFile, TimeSpan debounce, bool json, CancellationToken cancel)
    {
        // With --json, stdout carries only the rounds' JSON lines.
        var lines = json ? Console.Error : Console.Out;
        var round = 0;
        string? changed = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        ConsoleCancelEventHandler onCancel = (_, press) =>
        {
            press.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            await BriefBuild.WatchAsync(briefsFile.FullName, debounce,
                round: () =>
                {
                    round++;
                    BuildCommand.Run(briefsFile, BuildOptions.Default, json: false, jsonLine: json
                        ? report => JsonOutput.Write(new Json.WatchRoundJson(round, changed, [.. report.Briefs], [.. report.Warnings]), JsonOutput.Lines.WatchRoundJson)
                        : null);
                    lines.WriteLine($"watching  {Path.GetRelativePath(Environment.CurrentDirectory, briefsFile.FullName)} (Ctrl+C stops)");
                },
                changed: path =>
                {
                    changed = Path.GetRelativePath(Environment.CurrentDirectory, path);
                    lines.WriteLine($"changed   {changed}");
                },
                stop.Token);
            return ExitCodes.Success;
        }
        catch (OperationCanceledException)
        {
            lines.WriteLine("stopped watching");
            return ExitCodes.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
