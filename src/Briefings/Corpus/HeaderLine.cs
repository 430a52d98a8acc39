namespace Briefings.Corpus;

/// <summary>One typed line of an article's header zone, as written.</summary>
public sealed record HeaderLine(HeaderLineKind Kind, string Text);
