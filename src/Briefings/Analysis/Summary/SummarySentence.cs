using System.Collections.Immutable;

namespace Briefings.Analysis.Summary;

/// <summary>A summary sentence and every source that reports it (near-duplicates from other articles merged).</summary>
public sealed record SummarySentence(string Text, ImmutableArray<int> Sources, double Score);
