namespace Briefings.Definitions;

/// <summary>A brief whose definition is refused, and why; the other briefs of the file go on without it.</summary>
public sealed record RefusedBrief(string Id, DefinitionException Error) : BriefEntry(Id);
