namespace Briefings.Corpus;

/// <summary>
/// What a header date line says: the publication date (null when the line gives no year), whether it
/// gave only a month, and the names the line holds besides the date (an agency, a place, an author).
/// </summary>
public sealed record HeaderDate(DateOnly? Date, bool MonthOnly, IReadOnlyList<string> Names);
