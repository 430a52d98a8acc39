using System.CommandLine;
using Briefings.Build;
using Briefings.Common;
using Briefings.Definitions;
using Briefings.Delivery;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Cli.Commands;

/// <summary><c>build briefs.yaml [--force] [--json] [--email]</c>: builds the briefs whose inputs changed and says for each what it did.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var briefs = BriefsArgument();
        var force = new Option<bool>("--force") { Description = "Rebuild every brief, changed or not." };
        var json = new Option<bool>("--json") { Description = "Print a machine-readable build report instead of lines." };
        var email = new Option<bool>("--email") { Description = "Then mail the briefs this build rebuilt (see `email`)." };
        var command = new Command("build", "Build the briefs of a briefs file whose inputs changed into PDFs under the output folder.") { briefs, force, json, email };
        command.SetAction(parse => Run(parse.GetValue(briefs)!, BuildOptions.Default with { Force = parse.GetValue(force) }, parse.GetValue(json), parse.GetValue(email)));
        return command;
    }

    public static Argument<FileInfo> BriefsArgument() => new("briefs") { Description = "The briefs definition file, e.g. briefs.yaml." };

    /// <summary>One build (also each round of <c>watch</c>): the report printed as lines or JSON; returns the exit code.</summary>
    /// <param name="jsonLine">Instead of printing, hand the report to this (each round of <c>watch --json</c> prints it as one line).</param>
    internal static int Run(FileInfo briefsFile, BuildOptions options, bool json, bool email = false, Action<BuildReportJson>? jsonLine = null)
    {
        json |= jsonLine is not null;
        BriefBuild build;
        try
        {
            build = BriefBuild.Open(briefsFile.FullName);
        }
        catch (Exception error) when (error is DefinitionException or ArgumentException or TypesettingException)
        {
            Console.Error.WriteLine($"briefings: {ErrorText.Of(error)}");
            return ExitCodes.BadInput;
        }

        var report = json || !Terminal.IsInteractive
            ? build.Run(options)
            : BuildLines.WithProgressBar(build.File.Briefs.Length, (progress, steps) => build.Run(options, progress, steps));
        if (jsonLine is not null)
            jsonLine(BuildReportJson.Of(report));
        else if (json)
            JsonOutput.Write(BuildReportJson.Of(report), JsonOutput.Documents.BuildReportJson);
        else
            BuildLines.Print(report);
        // A brief whose definition is refused (or selects no article) is bad input (2), though the other briefs were still built.
        var exit = report.Briefs.Any(brief => brief.DefinitionRefused) ? ExitCodes.BadInput
            : report.AnyFailed ? ExitCodes.SomeBriefsFailed
            : ExitCodes.Success;
        if (!email)
            return exit;
        var rebuilt = report.Briefs.Where(brief => brief.Status == BriefStatus.Built).Select(brief => brief.Id).ToHashSet(StringComparer.Ordinal);
        var mailed = rebuilt.Count == 0 ? ExitCodes.Success
            : EmailCommand.Run(() => new MailDelivery(build.File, EmailCommand.Retrying), DeliveryOptions.Default with { Only = rebuilt }, json ? Console.Error : null);
        return Math.Max(exit, mailed);
    }
}
