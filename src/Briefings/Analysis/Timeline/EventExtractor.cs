using System.Collections.Immutable;

namespace Briefings.Analysis.Timeline;

/// <summary>
/// The dated events of an article: one per date expression of a sentence, so a sentence with several
/// dates gives several events. The year last written in the text is in force from sentence to sentence,
/// so "on 18 March" after "20 March 2024" is dated 2024 (approximately), unless that year is historical
/// for the article (see <see cref="DateFinder"/>).
/// </summary>
public static class EventExtractor
{
    public static ImmutableArray<TimelineEvent> Extract(IReadOnlyList<string> paragraphs, DateOnly? articleDate)
    {
        var events = ImmutableArray.CreateBuilder<TimelineEvent>();
        int? yearInForce = null;
        var latestYear = articleDate is null ? DateFinder.LatestYear(paragraphs) : null;
        for (var index = 0; index < paragraphs.Count; index++)
        {
            foreach (var sentence in SentenceSplitter.Split(paragraphs[index]))
            {
                var found = DateFinder.FindAll(sentence, yearInForce, articleDate, latestYear);
                foreach (var expression in found)
                    events.Add(new TimelineEvent(expression.Date, expression.Approximate, sentence, index, expression.In(sentence)));
                yearInForce = DateFinder.YearInForceAfter(found, yearInForce);
            }
        }
        return events.ToImmutable();
    }
}
