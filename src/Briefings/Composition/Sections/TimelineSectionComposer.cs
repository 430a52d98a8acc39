using System.Collections.Immutable;
using Briefings.Analysis.Timeline;
using Briefings.Definitions.Sections;

namespace Briefings.Composition.Sections;

/// <summary>
/// <c>timeline</c>: the dated events of the selection between <c>from</c> and <c>to</c>, in date order
/// (then source order); the same sentence reported twice is listed once.
/// </summary>
public sealed class TimelineSectionComposer : ISectionComposer
{
    /// <summary>Longer event sentences are cut at a word boundary with an ellipsis.</summary>
    public const int MaxEventLength = 300;

    public Type DefinitionType => typeof(TimelineSectionDefinition);

    public SectionModel Compose(SectionDefinition definition, SectionInput input)
    {
        var options = (TimelineSectionDefinition)definition;
        var from = options.FromDate?.First ?? DateOnly.MinValue;
        var to = options.ToDate?.Last ?? DateOnly.MaxValue;
        var rows = input.Sources
            .SelectMany(source => source.Analysis.Events.Select(item => (Event: item, source.Source)))
            .Where(item => item.Event.Date.Last >= from && item.Event.Date.First <= to)
            .DistinctBy(item => item.Event.Sentence)
            .OrderBy(item => item.Event.Date).ThenBy(item => item.Source).ThenBy(item => item.Event.Paragraph)
            .Take(options.Max)
            .Select(item => new TimelineRow(
                // Non-breaking spaces: a date is never wrapped in the table.
                ((item.Event.Approximate ? "c. " : "") + item.Event.Date.Display()).Replace(' ', '\u00A0'),
                item.Event.Date.ToString(),
                Shorten(item.Event.Sentence),
                item.Source));
        return new SectionModel("timeline", options.Title ?? "Timeline", new TimelineData([.. rows]));
    }

    private static string Shorten(string sentence)
    {
        if (sentence.Length <= MaxEventLength)
            return sentence;
        var cut = sentence.LastIndexOf(' ', MaxEventLength);
        return sentence[..(cut > 0 ? cut : MaxEventLength)].TrimEnd(',', ';', ':') + " …";
    }
}

public sealed record TimelineData(ImmutableArray<TimelineRow> Events);

/// <summary>A timeline row: the date as printed (<c>c. Oct 2022</c>), as data (<c>2022-10</c>), the event and its source.</summary>
public sealed record TimelineRow(string Date, string IsoDate, string Event, int Source);
