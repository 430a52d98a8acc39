using System.CommandLine;
using Briefings.Build;

namespace Briefings.Cli.Commands;

/// <summary><c>build briefs.yaml [--force] [--json]</c>: builds the briefs whose inputs changed and says for each what it did.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var briefs = BriefsArgument();
        var force = new Option<bool>("--force") { Description = "Rebuild every brief, changed or not." };
        var json = new Option<bool>("--json") { Description = "Print a machine-readable build report instead of lines." };
        var email = new Option<bool>("--email") { Description = "Then mail the briefs this build rebuilt (see `email`)." };
        var command = new Command("build", "Build the briefs of a briefs file whose inputs changed into PDFs under the output folder.") { briefs, force, json, email };
        command.SetAction(parse => BuildRunner.Run(parse.GetValue(briefs)!, BuildOptions.Default with { Force = parse.GetValue(force) }, parse.GetValue(json), parse.GetValue(email)));
        return command;
    }

    public static Argument<FileInfo> BriefsArgument() => new("briefs") { Description = "The briefs definition file, e.g. briefs.yaml." };
}
