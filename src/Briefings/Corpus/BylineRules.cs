using System.Text.RegularExpressions;

namespace Briefings.Corpus;

/// <summary>
/// Who wrote and who published an article: byline and name lines under the headline ("By Sulaiman",
/// "Thomas Ruttig", "Afghanistan Analysts Network") and author bios at the end ("Joe Truzman is a
/// research analyst at FDD's Long War Journal …").
/// </summary>
public static partial class BylineRules
{
    private static readonly string[] Publishers =
    [
        "Afghanistan Analysts Network", "Associated Press", "FDD's Long War Journal", "Long War Journal", "The Times",
        "Reuters", "Agence France-Presse", "Al Jazeera", "TOLOnews", "Amu TV", "Khaama Press", "Salaam Times",
        "The Western Journal", "Jewish News Syndicate",
    ];

    private static readonly string[] Agencies = ["Associated Press", "Reuters", "Agence France-Presse"];

    public static bool IsPublisher(string line) => Publishers.Contains(line, StringComparer.OrdinalIgnoreCase);

    /// <summary>A wire agency's byline names both the author and the publisher.</summary>
    public static bool IsAgency(string line) => Agencies.Contains(line, StringComparer.OrdinalIgnoreCase);

    /// <summary>The publisher a page's own disclaimer names: "The Western Journal has not reviewed this story …".</summary>
    public static string? PublisherInDisclaimer(string line) => Disclaimer().Match(line) is { Success: true } match ? match.Groups["name"].Value : null;

    [GeneratedRegex(@"^(?<name>(?:The )?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,3}) has not reviewed this (?:story|article)")]
    private static partial Regex Disclaimer();

    /// <summary>A short line of capitalised words with no sentence punctuation.</summary>
    public static bool IsNameLine(string line) => line.Length <= 60 && NameLine().IsMatch(line);

    public static string? Author(string line) =>
        line.StartsWith("By ", StringComparison.Ordinal) && line.Length < 80 ? line[3..].Trim() : null;

    /// <summary>
    /// An author bio: the people it names and the publisher it mentions. A bio by surname alone
    /// ("Amin is a writer …") counts only for an author already known by that surname.
    /// </summary>
    public static (IReadOnlyList<string> Authors, string? Publisher)? Bio(string line, IReadOnlyList<string> knownAuthors)
    {
        var people = BioSentence().Matches(line).Select(match => match.Groups["name"].Value)
            .Where(name => name.Contains(' ') || knownAuthors.Any(author => author.EndsWith(" " + name, StringComparison.Ordinal)))
            .ToList();
        if (people.Count == 0 || !line.StartsWith(people[0], StringComparison.Ordinal))
            return null;
        var publisher = Publishers.FirstOrDefault(name => line.Contains(" " + name, StringComparison.Ordinal));
        return (people, publisher);
    }

    [GeneratedRegex(@"^(?:[A-Z][\p{L}'’.-]*)(?:\s+(?:[A-Z][\p{L}'’.-]*|of|at|the|and|for|de|al|bin))*$")]
    private static partial Regex NameLine();

    [GeneratedRegex(@"(?:^|\.\s+)(?<name>[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,2}) is (?:a |an |the )?(?:[\p{L}-]+ ){0,4}(?:analyst|correspondent|writer|fellow|Fellow|editor|reporter|journalist|researcher|director)\b")]
    private static partial Regex BioSentence();
}
