using System.CommandLine;
using Briefings.Build;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Typesetting;

namespace Briefings.Cli.Commands;

/// <summary><c>build briefs.yaml</c>: builds every brief into its PDF and prints one line per brief.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var briefs = new Argument<FileInfo>("briefs") { Description = "The briefs definition file, e.g. briefs.yaml." };
        var command = new Command("build", "Build every brief of a briefs file into a PDF under the output folder.") { briefs };
        command.SetAction(parse => Run(parse.GetValue(briefs)!));
        return command;
    }

    private static int Run(FileInfo briefsFile)
    {
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

        var report = new BriefBuilder(new Typesetter(theme), CorpusOptions.Default).Build(file, edition);
        foreach (var warning in report.Warnings)
            Console.Error.WriteLine($"briefings: {warning}");
        foreach (var brief in report.Briefs)
            Print(brief);
        return report.AnyFailed ? ExitCodes.SomeBriefsFailed : ExitCodes.Success;
    }

    private static void Print(BriefResult brief)
    {
        if (brief.Status == BriefStatus.Failed)
        {
            Console.Error.WriteLine($"failed  {brief.Id}  {brief.Error}");
            return;
        }
        foreach (var warning in brief.Warnings)
            Console.Error.WriteLine($"warning  {brief.Id}  {warning}");
        var path = Path.GetRelativePath(Environment.CurrentDirectory, brief.OutputPath!);
        Terminal.Status("built", "green", $"{brief.Id,-28} {brief.Articles,3} articles {brief.Pages,3} pages  {path}");
    }
}
