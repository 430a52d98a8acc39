namespace Briefings.Build;

/// <summary>What happened to one brief in a build; <see cref="Error"/> is a one-line message when it failed.</summary>
public sealed record BriefResult(string Id, BriefStatus Status, int Articles, int Pages, string? OutputPath, string? Error);
