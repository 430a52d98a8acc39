namespace Briefings.Composition;

/// <summary>A brief's Markdown as its template produced it, and what it was made from.</summary>
public sealed record ComposedBrief(string Id, string Markdown, Selection Selection, string OutputPath);
