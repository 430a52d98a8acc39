using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Composition.Text;

/// <summary>
/// Anchors the time words of a news sentence to its article's date, so that a brief read months
/// later says when: "last month" → "in June 2024", "today (Monday)" → "on 22 July 2024",
/// "on Tuesday" → "on 23 July 2024", "in June this year" → "in June 2024". Without the article's date
/// such a sentence cannot be anchored, and <see cref="Anchor"/> returns null.
/// </summary>
public static partial class RelativeTime
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The sentence with its relative time words resolved; itself when it has none; null when it has some and no date to resolve them.</summary>
    public static string? Anchor(string sentence, DateOnly? published)
    {
        if (!Pattern().IsMatch(sentence))
            return sentence;
        if (published is not { } date)
            return null;
        return Pattern().Replace(sentence, match =>
        {
            var resolved = Resolve(match, date);
            return AfterPreposition(sentence, match.Index) ? WithoutPreposition(resolved) : resolved;
        });
    }

    public static bool HasRelativeTime(string sentence) => Pattern().IsMatch(sentence);

    private static string Resolve(Match match, DateOnly date)
    {
        var groups = match.Groups;
        string resolved;
        if (groups["monthThisYear"].Success)
            resolved = $"{groups["monthThisYear"].Value} {date.Year}";
        else if (groups["explicit"].Success && TryExplicitDay(groups["explicit"].Value, date, out var day))
            resolved = "on " + Day(day);
        else if (groups["weekday"].Success)
        {
            var weekday = Enum.Parse<DayOfWeek>(groups["weekday"].Value, ignoreCase: true);
            var back = ((int)date.DayOfWeek - (int)weekday + 7) % 7;
            if (back == 0 && groups["which"].Value.Equals("last", StringComparison.OrdinalIgnoreCase))
                back = 7;
            resolved = "on " + Day(date.AddDays(-back));
        }
        else if (groups["today"].Success)
            resolved = "on " + Day(date);
        else if (groups["yesterday"].Success)
            resolved = "on " + Day(date.AddDays(-1));
        else
        {
            var step = groups["step"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
            var earlier = groups["earlier"].Success ? "earlier " : "";
            resolved = groups["unit"].Value.ToLowerInvariant() switch
            {
                "week" => "in the week of " + Day(date.AddDays(7 * step)),
                "month" => $"{earlier}in {date.AddMonths(step).ToString("MMMM yyyy", Invariant)}",
                _ => $"{earlier}in {date.Year + step}",
            };
        }
        var leading = match.Value.Length > 0 && char.IsUpper(match.Value[0]);
        return leading ? char.ToUpperInvariant(resolved[0]) + resolved[1..] : resolved;
    }

    /// <summary>Words that already say how the time relates ("until next year"): the anchored phrase drops its own "in"/"on" after them ("until 2020", not "until in 2020").</summary>
    private static readonly string[] Prepositions = ["until", "till", "by", "since", "before", "after", "from", "through", "to", "as of"];

    private static bool AfterPreposition(string sentence, int index)
    {
        var before = sentence.AsSpan(0, index).TrimEnd();
        foreach (var preposition in Prepositions)
        {
            if (before.EndsWith(preposition, StringComparison.OrdinalIgnoreCase)
                && (before.Length == preposition.Length || !char.IsLetter(before[^(preposition.Length + 1)])))
                return true;
        }
        return false;
    }

    private static string WithoutPreposition(string resolved) =>
        resolved.StartsWith("in ", StringComparison.OrdinalIgnoreCase) || resolved.StartsWith("on ", StringComparison.OrdinalIgnoreCase) ? resolved[3..] : resolved;

    private static bool TryExplicitDay(string text, DateOnly date, out DateOnly day)
    {
        day = default;
        if (!DateTime.TryParseExact(text.Trim(), ["MMMM d", "MMM d", "d MMMM", "d MMM"], Invariant, DateTimeStyles.None, out var parsed))
            return false;
        var candidate = new DateOnly(date.Year, parsed.Month, parsed.Day);
        day = candidate > date ? candidate.AddYears(-1) : candidate;
        return true;
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", Invariant);

    private const string Weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    [GeneratedRegex(
        @"\b(?:(?<monthThisYear>January|February|March|April|May|June|July|August|September|October|November|December)\s+this\s+year"
        + @"|(?:(?<on>on)\s+|(?<which>last|this|next)\s+)?(?<weekday>" + Weekday + @")(?:\s*\((?<explicit>[^)]{3,12})\))?"
        + @"|(?<today>today)(?:\s*\((?:" + Weekday + @")\))?"
        + @"|(?<yesterday>yesterday)(?:\s*\((?:" + Weekday + @")\))?"
        + @"|(?<earlier>earlier\s+)?(?<step>last|this|next)\s+(?<unit>week|month|year))(?!\w)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
