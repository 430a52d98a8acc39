using System.CommandLine;
using Briefings.Cli.Commands;

namespace Briefings.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("Briefings: turn a folder of news articles into print-ready PDF briefs.")
        {
            BuildCommand.Create(),
            RenderCommand.Create(),
            ArticlesCommand.Create(),
            ShowCommand.Create(),
            EntitiesCommand.Create(),
            ExplainCommand.Create(),
            WatchCommand.Create(),
            EmailCommand.Create(),
            InitCommand.Create(),
        };
        UsageRules.Apply(root);
        var parse = root.Parse(args);
        if (UsageRules.Errors(parse) is { Count: > 0 } errors)
        {
            foreach (var error in errors)
                Console.Error.WriteLine($"briefings: {error}");
            return ExitCodes.BadInput;
        }
        return parse.Invoke();
    }
}
