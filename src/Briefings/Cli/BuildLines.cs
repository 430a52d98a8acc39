using Briefings.Build;
using Spectre.Console;

namespace Briefings.Cli;

/// <summary>How a build is shown: a progress bar meanwhile on a terminal, then one line per brief and the warnings on stderr.</summary>
public static class BuildLines
{
    /// <param name="build">Runs the build, telling the first action each brief's result and the second each step a brief being written starts.</param>
    public static BuildReport WithProgressBar(int briefs, Func<Action<BriefResult>, Action<BriefStep>, BuildReport> build) =>
        AnsiConsole.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask(Markup.Escape(BuildProgress.Reading), maxValue: Math.Max(1, briefs));
            var progress = new BuildProgress((value, description) =>
            {
                task.Value = value;
                task.Description = Markup.Escape(description);
            });
            return build(progress.Ended, progress.Started);
        });

    public static void Print(BuildReport report)
    {
        foreach (var warning in report.Warnings)
            Console.Error.WriteLine($"briefings: {warning}");
        foreach (var brief in report.Briefs)
            Print(brief);
    }

    private static void Print(BriefResult brief)
    {
        var path = brief.OutputPath is null ? "" : Path.GetRelativePath(Environment.CurrentDirectory, brief.OutputPath);
        switch (brief.Status)
        {
            case BriefStatus.Failed:
                Console.Error.WriteLine($"failed  {brief.Id}  {brief.Error}");
                return;
            case BriefStatus.Removed:
                Terminal.Status("removed", "yellow", $"{brief.Id,-28} no longer in briefs.yaml; deleted {path}");
                return;
            case BriefStatus.Unchanged:
                Terminal.Status("unchanged", "grey", $"{brief.Id,-28} {brief.Articles,3} articles {brief.Pages,3} pages  {path}");
                return;
            default:
                foreach (var warning in brief.Warnings)
                    Console.Error.WriteLine($"warning  {brief.Id}  {warning}");
                Terminal.Status("built", "green", $"{brief.Id,-28} {brief.Articles,3} articles {brief.Pages,3} pages  {path}  ({brief.Milliseconds} ms)");
                return;
        }
    }
}
