using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefings.Corpus;

/// <summary>
/// Who wrote and who published an article: bylines under the headline (<c>By Sulaiman</c>,
/// <c>By Arshad Mehmood/The Media Line</c>), name lines (<c>Thomas Ruttig</c>), mastheads and institutional
/// lines (<c>Afghanistan Analysts Network</c>, <c>Duvar English</c>, <c>WION Web Team</c>,
/// <c>Research Directorate, Immigration and Refugee Board of Canada</c>), and author bios
/// (<c>Joe Truzman is a research analyst at FDD's Long War Journal …</c>,
/// <c>Lazar Berman is The Times of Israel's diplomatic reporter</c>). Generic bylines name no author.
/// </summary>
public static partial class BylineRules
{
    private const int MaxBylineLength = 100;
    private const int MaxNameWords = 4;

    private static readonly FrozenSet<string> GenericWords = Lexicon.Set("generic-bylines.txt");
    private static readonly FrozenSet<string> OutletWords = Lexicon.Set("outlet-words.txt");

    /// <summary>A line that is exactly a known publisher's name: its canonical name.</summary>
    public static string? Publisher(string line) => PublisherGazetteer.Canonical(line);

    /// <summary>The publisher a page's own disclaimer names: "The Western Journal has not reviewed this story …".</summary>
    public static string? PublisherInDisclaimer(string line) => Disclaimer().Match(line) is { Success: true } match ? match.Groups["name"].Value : null;

    /// <summary>A short line of capitalised words with no sentence punctuation.</summary>
    public static bool IsNameLine(string line) => line.Length <= 60 && NameLine().IsMatch(line);

    /// <summary>A person's name line under the headline: two to four capitalised words naming no outlet.</summary>
    public static bool IsPersonLine(string line) =>
        IsNameLine(line) && line.Split(' ').Length is >= 2 and <= MaxNameWords && !NamesOutlet(line) && !IsGeneric(line);

    /// <summary>"By X", "By X and Y", "By X/The Media Line", "By Staff, Agencies" (no author).</summary>
    public static Byline? By(string line)
    {
        if (!line.StartsWith("By ", StringComparison.Ordinal) || line.Length >= MaxBylineLength)
            return null;
        var text = line[3..].Trim();
        string? publisher = null;
        var cut = text.IndexOfAny(['/', '|']);
        if (cut > 0)
        {
            publisher = PublisherGazetteer.Canonical(text[(cut + 1)..].Trim()) ?? NameOrNull(text[(cut + 1)..].Trim());
            text = text[..cut].Trim();
        }
        var authors = new List<string>();
        foreach (var part in NameSeparator().Split(text).Select(part => part.Trim()).Where(part => part.Length > 0))
        {
            if (PublisherGazetteer.Canonical(part) is { } named)
                publisher ??= named;
            else if (!IsGeneric(part) && !NamesOutlet(part))
                authors.Add(part);
        }
        return new Byline(authors, publisher);
    }

    /// <summary>
    /// A masthead or an institutional byline: "Duvar English", "WION Web Team", "Research Directorate,
    /// Immigration and Refugee Board of Canada". It names the publisher (or none, as "Web Desk") and no author.
    /// </summary>
    public static Byline? Institutional(string line)
    {
        if (line.Length > 90 || line.Any(ch => ch is '.' or '?' or '!' or ':' or '“' or '"'))
            return null;
        var parts = line.Split(',', StringSplitOptions.TrimEntries);
        if (!parts.All(part => part.Length > 0 && IsNameLine(part)))
            return null;
        var last = parts[^1];
        // "Jane Example, Al Arabiya English": a person signing for an outlet.
        IReadOnlyList<string> signer = parts.Length == 2 && IsPersonLine(parts[0]) ? [parts[0]] : [];
        if (PublisherGazetteer.Canonical(last) is { } known)
            return new Byline(signer, known);
        if (IsGeneric(last))
        {
            var outlet = string.Join(' ', last.Split(' ').TakeWhile(word => !GenericWords.Contains(word)));
            return new Byline([], outlet.Length == 0 || outlet.Equals("Web", StringComparison.OrdinalIgnoreCase) ? null : PublisherGazetteer.Canonical(outlet) ?? outlet);
        }
        return NamesOutlet(last) ? new Byline(signer, last) : null;
    }

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
        return (people, PublisherGazetteer.Within(line[people[0].Length..]));
    }

    /// <summary>The reporters of a wire trailer: "(Reporting by Jane Example; Editing by John Sample)".</summary>
    public static IReadOnlyList<string>? ReportingBy(string line) =>
        ReportingTrailer().Match(line) is { Success: true } match
            ? [.. NameSeparator().Split(match.Groups["names"].Value).Select(name => name.Trim()).Where(name => name.Length > 0)]
            : null;

    /// <summary>A radio report's sign-off in its lead: "Jane Example reports from Islamabad."</summary>
    public static string? Reporter(string paragraph) =>
        ReportsFrom().Match(paragraph) is { Success: true } match ? match.Groups["name"].Value : null;

    private static bool IsGeneric(string text) => text.Split(' ', ',').Any(GenericWords.Contains);

    private static bool NamesOutlet(string text) => PublisherGazetteer.Canonical(text) is not null || text.Split(' ').Any(OutletWords.Contains);

    private static string? NameOrNull(string text) => IsNameLine(text) ? text : null;

    [GeneratedRegex(@"^(?<name>(?:The )?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,3}) has not reviewed this (?:story|article)")]
    private static partial Regex Disclaimer();

    [GeneratedRegex(@"^(?:[A-Z][\p{L}'’.-]*)(?:\s+(?:[A-Z][\p{L}'’.-]*|of|at|the|and|for|de|al|bin))*$")]
    private static partial Regex NameLine();

    [GeneratedRegex(@"^\(?(?i:Reporting)\s+(?i:by)\s+(?<names>[\p{Lu}][\p{L}'’. -]+?(?:(?:,| and) [\p{Lu}][\p{L}'’. -]+?)*)(?:[;,]?\s+(?:(?i:additional reporting|editing|writing|compiled)\b.*))?\)?$")]
    private static partial Regex ReportingTrailer();

    [GeneratedRegex(@"(?:^|[.!?”""]\s+)(?<name>[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){1,2}) reports from [A-Z][\p{L}'’ -]{1,40}\.$")]
    private static partial Regex ReportsFrom();

    [GeneratedRegex(@"\s*,\s*|\s+and\s+|\s*&\s*")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"(?:^|\.\s+)(?<name>[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,2}) is (?:a |an |the |The )?(?:[\p{L}'’-]+ ){0,5}(?:analyst|correspondent|writer|fellow|Fellow|editor|reporter|journalist|researcher|director)\b")]
    private static partial Regex BioSentence();
}
