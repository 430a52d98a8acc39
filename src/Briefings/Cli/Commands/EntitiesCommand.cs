using System.CommandLine;
using System.Globalization;
using Briefings.Analysis;

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
        var corpus = ArticlesCommand.Load(seeds);
        var analyzer = new ArticleAnalyzer(corpus.Gazetteer);
        var analyses = corpus.Articles.Select(analyzer.Analyze).ToList();
        string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

        var known = analyses.SelectMany(analysis => analysis.Entities)
            .GroupBy(mention => mention.Name, StringComparer.Ordinal)
            .Select(group => (Entity: group.First(), Mentions: group.Sum(mention => mention.Mentions), Articles: group.Count()))
            .OrderByDescending(row => row.Mentions).ThenBy(row => row.Entity.Name, StringComparer.Ordinal);
        Terminal.Table(["entity", "kind", "mentions", "articles"],
            known.Select(row => (IReadOnlyList<string>)[row.Entity.Name, row.Entity.Kind, Count(row.Mentions), Count(row.Articles)]));

        var unknown = analyses.SelectMany(analysis => analysis.Candidates)
            .GroupBy(candidate => candidate.Name, StringComparer.Ordinal)
            .Select(group => (Name: group.Key, Mentions: group.Sum(candidate => candidate.Mentions), Articles: group.Count()))
            .OrderByDescending(row => row.Mentions).ThenBy(row => row.Name, StringComparer.Ordinal)
            .Take(Math.Max(0, candidateCount));
        Console.WriteLine();
        Console.WriteLine("Candidates (names not in entities.yaml):");
        Terminal.Table(["candidate", "mentions", "articles"],
            unknown.Select(row => (IReadOnlyList<string>)[row.Name, Count(row.Mentions), Count(row.Articles)]));
        return ExitCodes.Success;
    }
}
