using Briefings.Common;

namespace Briefings.Analysis.Timeline;

/// <summary>
/// A dated sentence of an article, one per date expression in it (a sentence may hold several).
/// <see cref="Approximate"/> marks a date the text gives loosely ("in early October 2022") or that was
/// worked out ("last month", a day whose year is inferred); <see cref="Expression"/> is the date as written.
/// </summary>
public sealed record TimelineEvent(PartialDate Date, bool Approximate, string Sentence, int Paragraph, string Expression);
