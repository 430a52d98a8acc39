namespace Briefings.Analysis.Entities;

/// <summary>How often an entity is named in an article (or a selection), under its canonical name.</summary>
public sealed record EntityMention(string Name, string Kind, string? Role, int Mentions);
