using System.CommandLine;
using System.Globalization;

namespace Briefings.Cli.Commands;

/// <summary>
/// <c>entities [seeds] [--candidates N]</c>: the gazetteer's people and organisations with their
/// mentions across the corpus, then the capitalised names it does not know (candidates to add to
/// seeds/entities.yaml), most frequent first.
/// </summary>
public static class EntitiesCommand
{
    public static Command Create()
    {
        var seeds = ArticlesCommand.SeedsArgument();
        var candidates = new Option<int>("--candidates") { Description = "How many unknown names to list.", DefaultValueFactory = _ => 25 };
        var command = new Command("entities", "List known entities with their mentions, and frequent names the gazetteer lacks.") { seeds, candidates };
        command.SetAction(parse => Run(parse.GetValue(seeds)!, parse.GetValue(candidates)));
        return command;
    }

    private static int Run(DirectoryInfo seeds, int candidateCount)
    {
        var tally = ArticlesCommand.Load(seeds).Entities(candidateCount);
        string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
        Terminal.Table(["entity", "kind", "mentions", "articles"],
            tally.Known.Select(row => (IReadOnlyList<string>)[row.Name, row.Kind ?? "", Count(row.Mentions), Count(row.Articles)]));
        Console.WriteLine();
        Console.WriteLine("Candidates (names not in entities.yaml):");
        Terminal.Table(["candidate", "mentions", "articles"],
            tally.Candidates.Select(row => (IReadOnlyList<string>)[row.Name, Count(row.Mentions), Count(row.Articles)]));
        return ExitCodes.Success;
    }
}
