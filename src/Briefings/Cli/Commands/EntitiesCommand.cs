using System.CommandLine;
using System.Globalization;
using Briefings.Cli.Json;

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
        var json = new Option<bool>("--json") { Description = "Print the entities and candidates as JSON (schemas/entities.schema.json)." };
        var command = new Command("entities", "List known entities with their mentions, and frequent names the gazetteer lacks.") { seeds, candidates, json };
        command.SetAction(parse => Run(parse.GetValue(seeds)!, parse.GetValue(candidates), parse.GetValue(json)));
        return command;
    }

    private static int Run(DirectoryInfo seeds, int candidateCount, bool json)
    {
        using var inspector = ArticlesCommand.Load(seeds);
        var tally = Progress.While("Analysing the articles…", () => inspector.Entities(candidateCount));
        if (json)
        {
            JsonOutput.Write(new EntitiesJson(
                [.. tally.Known.Select(row => new EntitiesJson.Entity(row.Name, row.Kind ?? "", row.Mentions, row.Articles))],
                [.. tally.Candidates.Select(row => new EntitiesJson.Candidate(row.Name, row.Mentions, row.Articles))]), JsonOutput.Documents.EntitiesJson);
            return ExitCodes.Success;
        }
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
