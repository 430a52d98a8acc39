using Briefings.Analysis;
using Briefings.Common;
using Briefings.Corpus;

namespace Briefings.Composition;

/// <summary>
/// How recent a brief's material is: the newest of its articles' dates and of the dates its articles
/// state for events (an undated article that reports a statement of 2 August 2024 was written on or
/// after that day). Loose dates ("early 2024"), dates that cannot be trusted (<see cref="EventDates"/>)
/// and dates after the article's own or after the build's date (forecasts, "by 2030") do not count.
/// </summary>
public static class ReportingDate
{
    /// <summary>The newest date, as precise as the text gives it (a month stated as "July 2022" stays a month), or null.</summary>
    public static PartialDate? Newest(IEnumerable<Article> articles, IEnumerable<ArticleAnalysis> analyses, DateOnly? notAfter)
    {
        PartialDate? newest = null;
        foreach (var (article, analysis) in articles.Zip(analyses))
        {
            var limit = notAfter ?? DateOnly.MaxValue;
            var stated = analysis.Events
                .Where(item => item.Date.Last <= limit && EventDates.Trustworthy(item, article, analysis) && (!item.Approximate || item.Date.Day is not null))
                .Select(item => (PartialDate?)item.Date);
            var own = article.Date is { } published ? new PartialDate(published.Year, published.Month, published.Day) : (PartialDate?)null;
            foreach (var date in stated.Append(own))
                if (date is { } known && (newest is not { } current || known.Last > current.Last || (known.Last == current.Last && known.Day is not null)))
                    newest = known;
        }
        return newest;
    }
}
