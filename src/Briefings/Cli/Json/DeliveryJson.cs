using System.Collections.Immutable;

namespace Briefings.Cli.Json;

/// <summary>
/// The shape of <c>email --json</c> (schemas/email.schema.json): how messages went and, per brief, its
/// <c>status</c>: <c>sent</c>, <c>would_send</c> (dry run), skipped as <c>already_sent</c> or
/// <c>no_recipients</c>, <c>failed</c>, or <c>may_have_been_sent</c> (handed over, never confirmed).
/// </summary>
public sealed record DeliveryJson(string Transport, bool DryRun, ImmutableArray<DeliveryJson.Message> Messages)
{
    public sealed record Message(string Brief, string Status, ImmutableArray<string> Recipients, string? Subject, string? MessageId, string? Error);
}
