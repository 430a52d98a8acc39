using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Corpus;

/// <summary>
/// Date lines of an article's header: <c>Published June 22, 2019</c>, <c>Monday, 1 October 2007</c>,
/// <c>September 2020</c>, <c>(Last Updated On: February 20, 2018)</c>, <c>Published: 08 Nov 2021 09:36 PM BdST</c>,
/// <c>Source: Xinhua| 2021-09-22 22:08:52|Editor: huaxia</c>, <c>(Xinhua) 17:14, September 08, 2021</c>,
/// <c>Reuters | Kabul | Updated: 21-12-2022 02:46 IST</c>, <c>KabulUpdated: Sep 06, 2021, 06:17 PM IST</c>,
/// <c>Umer Jamshaid Published March 20, 2025 | 11:03 PM</c>, <c>Doha, May 21</c>. A line is a date line when,
/// with its dates, times, labels and separators taken away, only a few capitalised names are left.
/// </summary>
public static partial class HeaderDateRules
{
    private const int MaxLength = 160;
    private const int MaxNameWords = 6;

    public static HeaderDate? Read(string line)
    {
        if (line.Length > MaxLength)
            return null;
        var dates = DateExpression().Matches(line);
        if (dates.Count == 0)
            return null;
        var rest = DateExpression().Replace(line, "|");
        rest = Time().Replace(rest, "|");
        rest = Label().Replace(rest, "|");
        var names = Separator().Split(rest).Select(part => part.Trim(' ', '.', ',', ':', ';', '-', '–', '—', '/')).Where(part => part.Length > 0).ToList();
        if (names.Sum(name => name.Split(' ').Length) > MaxNameWords || !names.All(IsName))
            return null;
        var dated = dates.Select(ToDate).FirstOrDefault(date => date.Date is not null);
        return new HeaderDate(dated.Date, dated.MonthOnly, names);
    }

    /// <summary>A run of capitalised words (an agency, a place, a person): "Xinhua", "Kabul", "Umer Jamshaid".</summary>
    private static bool IsName(string text) => text.Split(' ').All(word => word.Length > 0 && (char.IsUpper(word[0]) || word is "of" or "and" or "the"));

    private static (DateOnly? Date, bool MonthOnly) ToDate(Match match)
    {
        var groups = match.Groups;
        if (!groups["y"].Success)
            return (null, false);
        var year = int.Parse(groups["y"].Value, CultureInfo.InvariantCulture);
        int month;
        if (groups["mon"].Success)
            month = MonthNumber(groups["mon"].Value);
        else if (groups["m"].Success)
            month = int.Parse(groups["m"].Value, CultureInfo.InvariantCulture);
        else
            return (null, false);
        if (!groups["d"].Success)
            return month is >= 1 and <= 12 ? (new DateOnly(year, month, 1), true) : (null, false);
        var day = int.Parse(groups["d"].Value, CultureInfo.InvariantCulture);
        if (month > 12 && day <= 12)
            (month, day) = (day, month);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? (new DateOnly(year, month, day), false) : (null, false);
    }

    private static int MonthNumber(string name) =>
        Array.FindIndex(MonthPrefixes, prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) + 1;

    private static readonly string[] MonthPrefixes = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>An English month name or its abbreviation, as a regex fragment the corpus rules share.</summary>
    internal const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    // Day-first with dashes or dots (21-12-2022), month-first with slashes (07/24/2024), ISO, and written months;
    // a day and month without a year is a date too (a date line), but gives no publication date.
    [GeneratedRegex(
        @"(?:\b(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?,?\s*)?(?:" +
        @"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b" +
        @"|\b(?<d>\d{1,2})[-.](?<m>\d{1,2})[-.](?<y>\d{4})\b" +
        @"|\b(?<m>\d{1,2})/(?<d>\d{1,2})/(?<y>\d{4})\b" +
        @"|\b(?<mon>" + Month + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(?<y>\d{4})\b" +
        @"|\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>" + Month + @")\.?,?\s+(?<y>\d{4})\b" +
        @"|\b(?<mon>" + Month + @")\.?,?\s+(?<y>\d{4})\b" +
        @"|\b(?<mon>" + Month + @")\.?\s+(?<d>\d{1,2})\b(?![:\d])" +
        @"|\b(?<d>\d{1,2})\s+(?<mon>" + Month + @")\b)",
        RegexOptions.ExplicitCapture)]
    private static partial Regex DateExpression();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\b\.?)?(?:\s+(?:[A-Z][a-z]?[A-Z]{1,3}|UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?\b)?")]
    private static partial Regex Time();

    // Labels may be glued to the word before them ("KabulUpdated:"); an editor's credit goes with its name.
    [GeneratedRegex(@"(?:Last\s+)?(?:Updated|Published|Posted|Created|Modified|Released|Date)(?:\s+[Oo]n)?\s*:?|\bSource\s*:|\bEditor\s*:[^|]*|\bBy\s+|\bon\b|\bat\b|\b(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"\s*[|()\[\],]\s*|\s+[-–—]\s+")]
    private static partial Regex Separator();
}
