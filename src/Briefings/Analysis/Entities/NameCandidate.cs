namespace Briefings.Analysis.Entities;

/// <summary>A capitalised name the gazetteer does not know, and how often it occurs.</summary>
public sealed record NameCandidate(string Name, int Mentions);
