using System.Collections.Immutable;

namespace Briefings.Build;

/// <summary>
/// What happened to one brief in a build; <see cref="Error"/> is a one-line message when it failed,
/// <see cref="Warnings"/> what the reader of a built brief should know (such as characters no font
/// shows). <see cref="Milliseconds"/> is the time spent building it (0 when unchanged).
/// </summary>
public sealed record BriefResult(string Id, BriefStatus Status, int Articles, int Pages, string? OutputPath, string? Error)
{
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>It failed because its definition is refused or selects nothing usable (bad input), not while building.</summary>
    public bool DefinitionRefused { get; init; }

    public string? Fingerprint { get; init; }

    public long Bytes { get; init; }

    /// <summary>What the brief says about itself (title, key points), for mailing it.</summary>
    public Composition.BriefFacts? Facts { get; init; }

    /// <summary>The SHA-256 of the PDF this build wrote.</summary>
    public string? Sha256 { get; init; }

    public long Milliseconds { get; init; }

    public static BriefResult Failed(string id, string error) => new(id, BriefStatus.Failed, 0, 0, null, error);
}
