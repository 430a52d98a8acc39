using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Analysis.Timeline;

/// <summary>
/// Finds the first explicit date in a sentence: <c>31 July 2024</c>, <c>Aug. 17, 2021</c>,
/// <c>(early) October 2022</c>, <c>in 2021</c>; a day without a year takes the year in force
/// (approximate); <c>last month</c>, <c>yesterday</c> and weekdays are resolved against the article's
/// date (approximate). Anything else is not guessed.
/// </summary>
public static partial class DateFinder
{
    private const string Month =
        @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

    public static (PartialDate Date, bool Approximate, int Year)? Find(string sentence, int? yearInForce, DateOnly? articleDate)
    {
        var best = (Match: (Match?)null, Date: default(PartialDate), Approximate: false);
        void Consider(Match match, PartialDate? date, bool approximate)
        {
            if (match.Success && date is { } found && PartialDate.IsValid(found) && (best.Match is null || match.Index < best.Match.Index))
                best = (match, found, approximate);
        }

        var dayMonthYear = DayMonthYear().Match(sentence);
        Consider(dayMonthYear, Date(dayMonthYear), false);
        var monthDayYear = MonthDayYear().Match(sentence);
        Consider(monthDayYear, Date(monthDayYear), false);
        var monthYear = MonthYear().Match(sentence);
        Consider(monthYear, Date(monthYear), monthYear.Groups["qualifier"].Success);
        var year = InYear().Match(sentence);
        Consider(year, Date(year), year.Groups["qualifier"].Success);
        if (best.Match is null && yearInForce is { } inForce)
        {
            var day = DayMonth().Match(sentence);
            Consider(day, Date(day, inForce), true);
        }
        if (best.Match is null && articleDate is { } published && Relative().Match(sentence) is { Success: true } relative)
            Consider(relative, Resolve(relative, published), true);
        return best.Match is null ? null : (best.Date, best.Approximate, best.Date.Year);
    }

    private static PartialDate? Date(Match match, int? year = null)
    {
        if (!match.Success)
            return null;
        var y = year ?? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        int? month = match.Groups["month"].Success ? MonthNumber(match.Groups["month"].Value) : null;
        int? day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : null;
        return new PartialDate(y, month, day);
    }

    private static int MonthNumber(string name) =>
        Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, full => full.Length > 0 && full.StartsWith(name.TrimEnd('.')[..3], StringComparison.Ordinal)) + 1;

    private static PartialDate Resolve(Match relative, DateOnly published)
    {
        var text = relative.Value.ToLowerInvariant();
        if (text == "yesterday")
            return At(published.AddDays(-1));
        if (text.EndsWith("month", StringComparison.Ordinal))
        {
            var month = published.AddMonths(text.StartsWith("last", StringComparison.Ordinal) ? -1 : text.StartsWith("next", StringComparison.Ordinal) ? 1 : 0);
            return new PartialDate(month.Year, month.Month);
        }
        if (text.EndsWith("year", StringComparison.Ordinal))
            return new PartialDate(published.Year + (text.StartsWith("last", StringComparison.Ordinal) ? -1 : text.StartsWith("next", StringComparison.Ordinal) ? 1 : 0));
        if (text.EndsWith("week", StringComparison.Ordinal))
            return At(published.AddDays(text.StartsWith("last", StringComparison.Ordinal) ? -7 : text.StartsWith("next", StringComparison.Ordinal) ? 7 : 0));
        // "on Tuesday": the last such day on or before the article's date.
        var weekday = Enum.Parse<DayOfWeek>(relative.Groups["weekday"].Value, ignoreCase: true);
        var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        return At(published.AddDays(-back));
    }

    private static PartialDate At(DateOnly date) => new(date.Year, date.Month, date.Day);

    [GeneratedRegex(@"\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+(?<year>(?:1[89]|20)\d{2})\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(Month + @"\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<year>(?:1[89]|20)\d{2})\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?:\b(?<qualifier>early|mid|late|the end of|the beginning of)[\s-]+)?\b" + Month + @",?\s+(?<year>(?:1[89]|20)\d{2})\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:in|since|by|during|until|of|from)\s+(?:(?<qualifier>early|mid|late)[\s-]+)?(?<year>(?:1[89]|20)\d{2})\b(?![,.]?\d)")]
    private static partial Regex InYear();

    [GeneratedRegex(@"\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+" + Month + @"\b|" + Month + @"\s+(?<day>[0-3]?\d)\b(?!,?\s*\d{4})")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?:(?:last|this|next)\s+(?:week|month|year)|yesterday|on\s+(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();
}
