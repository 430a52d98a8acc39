namespace Briefings.Analysis.Quotes;

/// <summary>A speaker as a brief names them: the printed name and the role, if known.</summary>
internal sealed record Attributed(string Name, string? Role);
