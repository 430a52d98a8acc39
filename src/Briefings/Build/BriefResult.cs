using System.Collections.Immutable;

namespace Briefings.Build;

/// <summary>
/// What happened to one brief in a build; <see cref="Error"/> is a one-line message when it failed,
/// <see cref="Warnings"/> what the reader of a built brief should know (such as characters no font shows).
/// </summary>
public sealed record BriefResult(string Id, BriefStatus Status, int Articles, int Pages, string? OutputPath, string? Error)
{
    public ImmutableArray<string> Warnings { get; init; } = [];
}
