namespace Briefings.Definitions;

/// <summary>A brief of the file: <see cref="LoadedBrief"/> with its definition, or <see cref="RefusedBrief"/> with the reason.</summary>
public abstract record BriefEntry(string Id);
