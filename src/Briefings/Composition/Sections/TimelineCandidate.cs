using System.Collections.Frozen;
using System.Collections.Immutable;
using Briefings.Common;

namespace Briefings.Composition.Sections;

/// <summary>
/// A dated event that may become a timeline row: its date, the text as the brief prints it, every
/// source reporting it (the first is the one whose wording is kept), where it was found and how much
/// it bears on the brief's topic.
/// </summary>
public sealed record TimelineCandidate(PartialDate Date, bool Approximate, string Text, ImmutableArray<int> Sources, string ArticleId, int Paragraph, int Relevance)
{
    /// <summary>How precise the date is: a day beats a month beats a year, and a stated date beats a worked-out one.</summary>
    /// <summary>The gazetteer's people the text names: two reports naming the same two people on overlapping dates are one event.</summary>
    public FrozenSet<string> People { get; init; } = FrozenSet<string>.Empty;

    public int Precision => (Date.Day is not null ? 4 : Date.Month is not null ? 2 : 0) + (Approximate ? 0 : 1);
}
