using System.Collections.Immutable;

namespace Briefings.Composition;

/// <summary>
/// What a brief says about itself, for the e-mail that carries it: title, subtitle, label, marking,
/// edition date and key points (the first summary section's sentences).
/// </summary>
public sealed record BriefFacts(string Title, string? Subtitle, string Label, string Marking, string? Date, ImmutableArray<string> KeyPoints);
