namespace Briefings.Analysis.Quotes;

/// <summary>A speaker as a brief names them: the printed name and the role, if known; <see cref="IsBody"/> for an organisation or a document ("it said").</summary>
internal sealed record Attributed(string Name, string? Role, bool IsBody = false);
