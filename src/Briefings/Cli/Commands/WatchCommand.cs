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
        var command = new Command("watch", "Build, then rebuild whenever seeds, templates, the theme or the briefs file change (Ctrl+C stops).") { briefs, debounce };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(briefs)!, TimeSpan.FromMilliseconds(Math.Max(0, parse.GetValue(debounce))), cancel));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo briefsFile, TimeSpan debounce, CancellationToken cancel)
    {
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
                    BuildCommand.Run(briefsFile, BuildOptions.Default, json: false);
                    Console.WriteLine($"watching  {Path.GetRelativePath(Environment.CurrentDirectory, briefsFile.FullName)} (Ctrl+C stops)");
                },
                changed: path => Console.WriteLine($"changed   {Path.GetRelativePath(Environment.CurrentDirectory, path)}"),
                stop.Token);
            return ExitCodes.Success;
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("stopped watching");
            return ExitCodes.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
