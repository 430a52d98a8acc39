using System.CommandLine;
using Briefings.Scaffold;

namespace Briefings.Cli.Commands;

/// <summary><c>init [folder]</c>: creates a working project (briefs.yaml, templates/, seeds/) for someone with their own articles.</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "Where to create the project (created if missing); the current folder by default.", DefaultValueFactory = _ => new DirectoryInfo(".") };
        var command = new Command("init", "Create a project: briefs.yaml with an example brief, the default templates to edit, and an empty seeds/ folder.") { folder };
        command.SetAction(parse => Run(parse.GetValue(folder)!));
        return command;
    }

    private static int Run(DirectoryInfo folder)
    {
        var shown = Path.GetRelativePath(Environment.CurrentDirectory, folder.FullName);
        try
        {
            foreach (var file in ProjectScaffolder.Create(shown))
                Console.WriteLine($"created   {ProjectScaffolder.PathIn(shown, file)}");
        }
        catch (ScaffoldException error)
        {
            Console.Error.WriteLine($"briefings: {error.Message}");
            return ExitCodes.BadInput;
        }
        Console.WriteLine($"Next: put articles in {ProjectScaffolder.PathIn(shown, "seeds")}, then run `briefings build {ProjectScaffolder.PathIn(shown, "briefs.yaml")}`.");
        return ExitCodes.Success;
    }
}
