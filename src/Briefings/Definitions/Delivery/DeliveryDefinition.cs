using Briefings.Common;

namespace Briefings.Definitions.Delivery;

/// <summary>
/// <c>delivery:</c> in briefs.yaml: who briefs are sent from and how. Without <see cref="Smtp"/> the
/// messages are written as .eml files to <see cref="Outbox"/> (a pickup folder), so the default
/// needs no server.
/// </summary>
public sealed record DeliveryDefinition : ILocated
{
    public string From { get; init; } = "";
    public SmtpDefinition? Smtp { get; init; }

    /// <summary>The pickup folder for .eml files, relative to briefs.yaml.</summary>
    public string Outbox { get; init; } = "outbox";

    public RetryDefinition Retry { get; init; } = new();

    public SourceLocation? Location { get; init; }

    public object WithLocation(SourceLocation location) => this with { Location = location };
}
