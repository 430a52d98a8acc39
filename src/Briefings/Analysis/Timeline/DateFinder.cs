using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Common;

namespace Briefings.Analysis.Timeline;

/// <summary>
/// Finds every date expression of a sentence, at the precision written: <c>31 July 2024</c>,
/// <c>Aug. 17, 2021</c>, <c>(early) October 2022</c>, <c>in 2021</c>, <c>the 2020 agreement</c>, <c>late 2001</c>, <c>summer 2021</c>,
/// <c>post-2001</c>, both ends of <c>1995-2003</c>. A day without a year takes a year only from an anchor (see <see cref="YearOf"/>), and
/// agrees with its weekday when one is given (<c>last Tuesday (April 27)</c>); <c>last month</c>,
/// <c>yesterday</c> and <c>on Tuesday</c> are resolved against the article's date (approximate). The date
/// of an author–date citation (<c>(UN 3 Feb. 2015)</c>) is not an expression of when something happened.
/// Anything else is not guessed.
/// </summary>
public static partial class DateFinder
{
    private const string Month =
        @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

    /// <summary>A weekday written with a date, <c>Tuesday, April 27</c> or <c>Tuesday (April 27</c>: the date must fall on it.</summary>
    private const string Weekday = @"(?:\b(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*[,(]?\s*)?";

    private const string Year = @"(?<year>(?:1[89]|20)\d{2})";

    /// <summary>What the patterns' <c>\d</c> matches: every decimal digit, not only 0–9.</summary>
    private static readonly SearchValues<char> Digits = SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(code => (char)code).Where(char.IsDigit)]);

    /// <summary>A future day this far past the article's date is more likely last year's.</summary>
    private const int MaxDaysAhead = 92;

    /// <summary>The first date of the sentence (see <see cref="FindAll"/>).</summary>
    public static (PartialDate Date, bool Approximate, int Year)? Find(string sentence, int? yearInForce, DateOnly? articleDate) =>
        FindAll(sentence, yearInForce, articleDate) is [var first, ..] ? (first.Date, first.Approximate, first.Date.Year) : null;

    /// <summary>
    /// Every date expression of the sentence in text order. <paramref name="yearInForce"/> is the year last
    /// written in the text before the sentence; a year written inside the sentence is in force after it.
    /// </summary>
    /// <paramref name="latestYear"/>, the latest year the article writes, stands for the article's own year
    /// when its date is unknown.
    public static ImmutableArray<DateExpression> FindAll(string sentence, int? yearInForce, DateOnly? articleDate, int? latestYear = null)
    {
        var found = ImmutableArray.CreateBuilder<DateExpression>();
        foreach (var (match, kind) in Choose(sentence))
        {
            var end = match.Index + match.Length;
            var expression = kind switch
            {
                Kind.Written => Written(match),
                Kind.DayWithoutYear => WithoutYear(match, yearInForce, articleDate, latestYear),
                _ => articleDate is { } published ? Relative(match, published) : null,
            };
            if (expression is null || !PartialDate.IsValid(expression.Value.Date)
                || (kind == Kind.Written && CitationDates.IsCitation(sentence, match.Index, end)))
                continue;
            var (date, approximate, yearWritten) = expression.Value;
            found.Add(new DateExpression(date, approximate, yearWritten, match.Index, match.Length));
            if (yearWritten)
                yearInForce = date.Year;
        }
        return found.ToImmutable();
    }

    /// <summary>The year a later day without one may take from this expression, or the one in force.</summary>
    public static int? YearInForceAfter(IEnumerable<DateExpression> expressions, int? yearInForce) =>
        expressions.LastOrDefault(expression => expression.YearWritten)?.Date.Year ?? yearInForce;

    private enum Kind { Written, DayWithoutYear, Relative }

    /// <summary>
    /// The matches of every pattern, the more precise first where two overlap (<c>25 August 2008</c> over
    /// <c>25 August</c> and <c>August 2008</c>), in text order. Each pattern scans the sentence once, and the
    /// overlap test marks characters, so the work stays linear in the sentence's length.
    /// </summary>
    private static List<(Match Match, Kind Kind)> Choose(string sentence)
    {
        var taken = new bool[sentence.Length];
        var chosen = new List<(Match Match, Kind Kind)>();
        void Take(Regex pattern, Kind kind)
        {
            for (var match = pattern.Match(sentence); match.Success; match = match.NextMatch())
            {
                if (Array.IndexOf(taken, true, match.Index, match.Length) >= 0)
                    continue;
                Array.Fill(taken, true, match.Index, match.Length);
                chosen.Add((match, kind));
            }
        }
        // Every pattern but the relative one needs a digit (\d, as char.IsDigit: a year or a day); most sentences have none.
        if (sentence.AsSpan().ContainsAny(Digits))
        {
            Take(DayMonthYear(), Kind.Written);
            Take(MonthDayYear(), Kind.Written);
            Take(MonthYear(), Kind.Written);
            Take(QualifiedYear(), Kind.Written);
            Take(InYear(), Kind.Written);
            Take(RangeYear(), Kind.Written);
            Take(YearBeforeNoun(), Kind.Written);
            Take(DayMonth(), Kind.DayWithoutYear);
        }
        Take(RelativeDate(), Kind.Relative);
        chosen.Sort((a, b) => a.Match.Index.CompareTo(b.Match.Index));
        return chosen;
    }

    private static (PartialDate Date, bool Approximate, bool YearWritten)? Written(Match match)
    {
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var qualified = match.Groups["qualifier"].Success;
        return (new PartialDate(year, MonthOf(match), DayOf(match)), qualified, !qualified || match.Groups["month"].Success);
    }

    private static (PartialDate Date, bool Approximate, bool YearWritten)? WithoutYear(Match match, int? yearInForce, DateOnly? articleDate, int? latestYear)
    {
        var month = MonthOf(match)!.Value;
        var day = DayOf(match)!.Value;
        DayOfWeek? weekday = match.Groups["weekday"].Success ? Enum.Parse<DayOfWeek>(match.Groups["weekday"].Value) : null;
        return YearOf(month, day, weekday, yearInForce, articleDate, latestYear) is { } year ? (new PartialDate(year, month, day), true, false) : null;
    }

    /// <summary>
    /// The year of a day written without one. The year in force anchors it when it is near the article's
    /// year (its date's, else the latest it writes); a historical year is never inherited
    /// (<c>September 11, 2001 … April 16</c> in a 2021 article is 2021): the article's year is taken
    /// instead, or the year before when the day would lie months after the article's date. A weekday given
    /// with the day picks the first of these years it agrees with; with none, no year is guessed.
    /// </summary>
    private static int? YearOf(int month, int day, DayOfWeek? weekday, int? yearInForce, DateOnly? articleDate, int? latestYear)
    {
        var candidates = new List<int>(3);
        var present = articleDate?.Year ?? latestYear;
        if (yearInForce is { } inForce && (present is null || Math.Abs(inForce - present.Value) <= 1))
            candidates.Add(inForce);
        if (articleDate is { } published)
        {
            var inYear = new PartialDate(published.Year, month, day);
            var lastYearFirst = PartialDate.IsValid(inYear) && inYear.First.DayNumber - published.DayNumber > MaxDaysAhead;
            candidates.AddRange(lastYearFirst ? [published.Year - 1, published.Year] : [published.Year, published.Year - 1]);
        }
        foreach (var year in candidates)
        {
            var candidate = new PartialDate(year, month, day);
            if (PartialDate.IsValid(candidate) && (weekday is null || candidate.First.DayOfWeek == weekday))
                return year;
        }
        return null;
    }

    private static int? MonthOf(Match match) => match.Groups["month"].Success ? MonthNumber(match.Groups["month"].Value) : null;

    private static int? DayOf(Match match) =>
        match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : null;

    private static int MonthNumber(string name) =>
        Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, full => full.Length > 0 && full.StartsWith(name.TrimEnd('.')[..3], StringComparison.Ordinal)) + 1;

    private static (PartialDate Date, bool Approximate, bool YearWritten) Relative(Match relative, DateOnly published)
    {
        var text = relative.Value.ToLowerInvariant();
        var step = text.StartsWith("last", StringComparison.Ordinal) ? -1 : text.StartsWith("next", StringComparison.Ordinal) ? 1 : 0;
        if (text == "yesterday")
            return (At(published.AddDays(-1)), true, false);
        if (text.EndsWith("month", StringComparison.Ordinal))
        {
            var month = published.AddMonths(step);
            return (new PartialDate(month.Year, month.Month), true, false);
        }
        if (text.EndsWith("year", StringComparison.Ordinal))
            return (new PartialDate(published.Year + step), true, false);
        if (text.EndsWith("week", StringComparison.Ordinal))
            return (At(published.AddDays(7 * step)), true, false);
        // "on Tuesday": the last such day on or before the article's date.
        var weekday = Enum.Parse<DayOfWeek>(relative.Groups["weekday"].Value, ignoreCase: true);
        var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        return (At(published.AddDays(-back)), true, false);
    }

    private static PartialDate At(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>
    /// The latest year-like number of the paragraphs, the article's own year as far as its text shows when
    /// its date is unknown. A number that is no year (<c>2000 troops</c>) can only make it later, which
    /// makes fewer days inherit a year, never a wrong one.
    /// </summary>
    public static int? LatestYear(IEnumerable<string> paragraphs)
    {
        int? latest = null;
        foreach (var paragraph in paragraphs)
            for (var match = YearNumber().Match(paragraph); match.Success; match = match.NextMatch())
                latest = Math.Max(latest ?? 0, int.Parse(match.ValueSpan, CultureInfo.InvariantCulture));
        return latest;
    }

    [GeneratedRegex(@"\b(?:1[89]|20)\d{2}\b")]
    private static partial Regex YearNumber();

    [GeneratedRegex(Weekday + @"\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+" + Year + @"\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(Weekday + @"\b" + Month + @"\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+" + Year + @"\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?:\b(?<qualifier>(?i:early|mid|late|the end of|the beginning of|the start of))[\s-]+)?\b" + Month + @",?\s+(?:of\s+)?" + Year + @"\b")]
    private static partial Regex MonthYear();

    /// <summary><c>late 2001</c>, <c>mid-2014</c>, <c>summer 2021</c>, <c>the end of 2001</c>, <c>post-2001</c>: a year given loosely.</summary>
    [GeneratedRegex(@"\b(?<qualifier>(?i:early|mid|late|spring|summer|autumn|fall|winter|the end of|the beginning of|the start of|post|pre))[\s-]+(?:of\s+)?" + Year + @"\b(?![,.]?\d)")]
    private static partial Regex QualifiedYear();

    [GeneratedRegex(@"\b(?i:in|since|by|during|until|till|through|throughout|of|from|between|before|after|around)\s+" + Year + @"\b(?![,.]?\d)")]
    private static partial Regex InYear();

    /// <summary>
    /// Either end of a span of years, <c>1995-2003</c>, <c>from 2007 to 2023</c>, <c>between 2001 and 2021</c>:
    /// a year that a dash, <c>to</c>, <c>until</c> or <c>and</c> joins to another year.
    /// </summary>
    [GeneratedRegex(@"\b" + Year + @"(?=\s*[–—-]\s*(?:1[89]|20)\d{2}\b)|(?<=\b(?:1[89]|20)\d{2}\s*(?:[–—-]|\b(?:to|until|till|and)\b)\s*)" + Year + @"\b(?![,.]?\d)")]
    private static partial Regex RangeYear();

    /// <summary>
    /// <c>the 2020 Doha agreement</c>, <c>the 1893 British-mandated border</c>, <c>its 2019 report</c>: a year
    /// standing as an adjective between a determiner and a word.
    /// </summary>
    [GeneratedRegex(@"\b(?i:the|its|their|his|her|whose|this|that)\s+" + Year + @"\b(?=\s+\p{L})")]
    private static partial Regex YearBeforeNoun();

    [GeneratedRegex(Weekday + @"(?:\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\b|\b" + Month + @"\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?\b)(?!,?\s*\d{4})")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?:(?:last|this|next)\s+(?:week|month|year)|yesterday|on\s+(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDate();
}
