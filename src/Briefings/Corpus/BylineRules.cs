using System.Text.RegularExpressions;

namespace Briefings.Corpus;

/// <summary>
/// The short lines under a headline that name the author, their role or the publisher rather than
/// start the story: "Thomas Ruttig", "Afghanistan Analysts Network", "By Sulaiman".
/// </summary>
public static partial class BylineRules
{
    private static readonly HashSet<string> Publishers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Afghanistan Analysts Network", "Associated Press", "FDD's Long War Journal", "Long War Journal",
        "Reuters", "Agence France-Presse", "Al Jazeera", "TOLOnews", "Amu TV", "Khaama Press", "Salaam Times",
    };

    public static bool IsPublisher(string line) => Publishers.Contains(line.Trim());

    /// <summary>A short line of capitalised words with no sentence punctuation.</summary>
    public static bool IsNameLine(string line) => line.Length <= 60 && NameLine().IsMatch(line);

    public static string? Author(string line) =>
        line.StartsWith("By ", StringComparison.Ordinal) && line.Length < 80 ? line[3..].Trim() : null;

    [GeneratedRegex(@"^(?:[A-Z][\p{L}'’.-]*)(?:\s+(?:[A-Z][\p{L}'’.-]*|of|at|the|and|for|de|al|bin))*$")]
    private static partial Regex NameLine();
}
