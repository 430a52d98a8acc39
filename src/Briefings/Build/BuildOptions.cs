namespace Briefings.Build;

/// <summary>Settings of a build, with their defaults.</summary>
public sealed record BuildOptions
{
    public static BuildOptions Default { get; } = new();

    /// <summary>Rebuild every brief even when its fingerprint is unchanged.</summary>
    public bool Force { get; init; }

    /// <summary>Most briefs built at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
