namespace Briefings.Composition;

/// <summary>
/// A brief's Markdown as its template produced it, what it was made from, and its edition date
/// (null when neither SOURCE_DATE_EPOCH nor any selected article gives one).
/// </summary>
public sealed record ComposedBrief(string Id, string Markdown, Selection Selection, string OutputPath, DateOnly? EditionDate, BriefFacts Facts);
