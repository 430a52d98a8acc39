namespace Briefings.Analysis.Summary;

/// <summary>A sentence that may go into a summary, with the number of the source it comes from and its place there.</summary>
public sealed record SummaryCandidate(string Text, int Source, int Position);
