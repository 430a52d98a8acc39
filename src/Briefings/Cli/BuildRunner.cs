using Briefings.Build;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Typesetting;
using Spectre.Console;

namespace Briefings.Cli;

/// <summary>
/// One build as the CLI runs it, for <c>build</c> and each round of <c>watch</c>: load briefs.yaml and
/// the theme, build, and print one line per brief (a progress bar meanwhile on a terminal), or the
/// JSON report. Returns the exit code.
/// </summary>
public static class BuildRunner
{
    /// <param name="jsonLine">Instead of printing, hand the report to this (each round of <c>watch --json</c> prints it as one line).</param>
    public static int Run(FileInfo briefsFile, BuildOptions options, bool json, bool email = false, Action<BuildReportJson>? jsonLine = null)
    {
        json |= jsonLine is not null;
        BriefsFile file;
        DateOnly? edition;
        Theme theme;
        try
        {
            file = new BriefsFileLoader().Load(briefsFile.FullName);
            edition = EditionDate.FromEnvironment();
            theme = ThemeFile.Load(file.TemplateFolder);
        }
        catch (Exception error) when (error is DefinitionException or ArgumentException or TypesettingException)
        {
            Console.Error.WriteLine($"briefings: {ErrorText.Of(error)}");
            return ExitCodes.BadInput;
        }

        var builder = new BriefBuilder(new Typesetter(theme), CorpusOptions.Default);
        var report = json || !Terminal.IsInteractive
            ? builder.Build(file, edition, options)
            : WithProgressBar(file, briefs => builder.Build(file, edition, options, briefs));
        if (jsonLine is not null)
            jsonLine(BuildReportJson.Of(report));
        else if (json)
            JsonOutput.Write(BuildReportJson.Of(report), JsonOutput.Documents.BuildReportJson);
        else
            Print(report);
        // A brief whose definition is refused (or selects no article) is bad input (2), though the other briefs were still built.
        var exit = report.Briefs.Any(brief => brief.DefinitionRefused) ? ExitCodes.BadInput
            : report.AnyFailed ? ExitCodes.SomeBriefsFailed
            : ExitCodes.Success;
        if (!email)
            return exit;
        var rebuilt = report.Briefs.Where(brief => brief.Status == BriefStatus.Built).Select(brief => brief.Id).ToHashSet(StringComparer.Ordinal);
        var mailed = rebuilt.Count == 0 ? ExitCodes.Success : DeliveryRunner.Run(file, Delivery.DeliveryOptions.Default with { Only = rebuilt }, json ? Console.Error : null);
        return Math.Max(exit, mailed);
    }

    private static BuildReport WithProgressBar(BriefsFile file, Func<Action<BriefResult>, BuildReport> build) =>
        AnsiConsole.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask("Building briefs", maxValue: Math.Max(1, file.Briefs.Length));
            return build(_ => task.Increment(1));
        });

    private static void Print(BuildReport report)
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
