using System.Collections.Immutable;

namespace Briefings.Analysis.Timeline;

/// <summary>
/// The dated events of an article: each sentence with an explicit date becomes one event, dated by
/// its first date. The year in force carries from sentence to sentence, so "on 18 March" after
/// "20 March 2024" is dated 2024 (approximately).
/// </summary>
public static class EventExtractor
{
    public static ImmutableArray<TimelineEvent> Extract(IReadOnlyList<string> paragraphs, DateOnly? articleDate)
    {
        var events = ImmutableArray.CreateBuilder<TimelineEvent>();
        int? yearInForce = articleDate?.Year;
        for (var index = 0; index < paragraphs.Count; index++)
        {
            foreach (var sentence in SentenceSplitter.Split(paragraphs[index]))
            {
                if (DateFinder.Find(sentence, yearInForce, articleDate) is not { } found)
                    continue;
                if (!found.Approximate || found.Date.Month is not null)
                    yearInForce = found.Year;
                events.Add(new TimelineEvent(found.Date, found.Approximate, sentence, index));
            }
        }
        return events.ToImmutable();
    }
}
