namespace Briefings.Delivery;

/// <summary>Settings of one <c>email</c> run.</summary>
public sealed record DeliveryOptions
{
    public static DeliveryOptions Default { get; } = new();

    /// <summary>Say what would be sent; send and record nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Send again to recipients who already have the brief at its fingerprint.</summary>
    public bool Resend { get; init; }

    /// <summary>Only these briefs (<c>build --email</c> passes the ones it rebuilt); null for all.</summary>
    public IReadOnlySet<string>? Only { get; init; }
}
