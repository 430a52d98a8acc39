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
        return root.Parse(args).Invoke();
    }
}
