using System.Globalization;
using Briefings.Analysis;
using Briefings.Analysis.Timeline;
using Briefings.Corpus;

namespace Briefings.Composition;

/// <summary>
/// Whether an event's date can be printed. A day whose year the analysis carried over from another
/// sentence ("on 30 July" after "2 August 2024") is trusted in an undated article only when that year
/// is the newest the article states (a news article's bare days are in its present) and a weekday
/// named with it agrees ("last Tuesday (April 27)" is not 27 April 2020, a Monday). A date after a
/// dated article's own is a forecast, not an event.
/// </summary>
public static class EventDates
{
    public static bool Trustworthy(TimelineEvent item, Article article, ArticleAnalysis analysis)
    {
        if (article.Date is { } published)
            return item.Date.First <= published;
        if (!item.Approximate || item.Date.Day is null)
            return true;
        var newestStated = analysis.Events.Where(other => !other.Approximate).Select(other => (int?)other.Date.Year).Max();
        return newestStated == item.Date.Year && WeekdayAgrees(item);
    }

    private static bool WeekdayAgrees(TimelineEvent item)
    {
        var named = CultureInfo.InvariantCulture.DateTimeFormat.DayNames.Where(day => item.Sentence.Contains(day, StringComparison.Ordinal)).ToList();
        return named.Count == 0 || named.Contains(item.Date.First.DayOfWeek.ToString());
    }
}
