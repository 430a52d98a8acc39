namespace Briefings.Analysis.Timeline;

/// <summary>
/// A dated sentence of an article. <see cref="Approximate"/> marks a date the text gives loosely
/// ("in early October 2022") or that was worked out ("last month", a day whose year is inferred).
/// </summary>
public sealed record TimelineEvent(PartialDate Date, bool Approximate, string Sentence, int Paragraph);
