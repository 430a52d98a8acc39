namespace Briefings.Analysis;

/// <summary>A sentence of an article and the paragraph it is in (0-based).</summary>
public sealed record AnalysedSentence(string Text, int Paragraph, int Position);
