using System.Collections.Frozen;

namespace Briefings.Composition.Sections;

/// <summary>
/// A sentence that may become a key point, as the brief would print it (time words anchored, names
/// spelled canonically), with its source, place, the year it speaks of (its own date, else its article's,
/// else the newest year its article states) and the people it names.
/// </summary>
public sealed record KeyPointCandidate(string Text, int Source, string ArticleId, int Paragraph, int Position, int? Year, FrozenSet<string> People);
