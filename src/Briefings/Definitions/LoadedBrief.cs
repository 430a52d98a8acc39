namespace Briefings.Definitions;

/// <summary>A brief whose definition was read and validated.</summary>
public sealed record LoadedBrief(string Id, BriefDefinition Definition) : BriefEntry(Id);
