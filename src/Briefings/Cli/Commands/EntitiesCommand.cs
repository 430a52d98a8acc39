using System.CommandLine;
using System.Globalization;
using Briefings.Analysis;
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
        var corpus = ArticlesCommand.Load(seeds);
        var analyzer = new ArticleAnalyzer(corpus.Gazetteer);
        var analyses = Progress.Analyse(corpus, analyzer);
        string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

        var report = new EntitiesJson(
            [.. analyses.SelectMany(analysis => analysis.Entities)
                .GroupBy(mention => mention.Name, StringComparer.Ordinal)
                .Select(group => new EntitiesJson.Entity(group.Key, group.First().Kind, group.Sum(mention => mention.Mentions), group.Count()))
                .OrderByDescending(row => row.Mentions).ThenBy(row => row.Name, StringComparer.Ordinal)],
            [.. analyses.SelectMany(analysis => analysis.Candidates)
                .GroupBy(candidate => candidate.Name, StringComparer.Ordinal)
                .Select(group => new EntitiesJson.Candidate(group.Key, group.Sum(candidate => candidate.Mentions), group.Count()))
                .OrderByDescending(row => row.Mentions).ThenBy(row => row.Name, StringComparer.Ordinal)
                .Take(Math.Max(0, candidateCount))]);
        if (json)
        {
            JsonOutput.Write(report, JsonOutput.Documents.EntitiesJson);
            return ExitCodes.Success;
        }
        Terminal.Table(["entity", "kind", "mentions", "articles"],
            report.Entities.Select(row => (IReadOnlyList<string>)[row.Name, row.Kind, Count(row.Mentions), Count(row.Articles)]));
        Console.WriteLine();
        Console.WriteLine("Candidates (names not in entities.yaml):");
        Terminal.Table(["candidate", "mentions", "articles"],
            report.Candidates.Select(row => (IReadOnlyList<string>)[row.Name, Count(row.Mentions), Count(row.Articles)]));
        return ExitCodes.Success;
    }
}
