namespace Briefings.Definitions.Delivery;

/// <summary>How transient SMTP failures are retried: up to <see cref="Attempts"/> tries, waiting <see cref="DelayMs"/> and doubling.</summary>
public sealed record RetryDefinition
{
    public int Attempts { get; init; } = 4;
    public int DelayMs { get; init; } = 1000;
}
