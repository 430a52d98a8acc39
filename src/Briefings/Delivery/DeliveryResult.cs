using System.Collections.Immutable;

namespace Briefings.Delivery;

/// <summary>One brief's delivery: its recipients in this run, the message id, the subject, and the error when it failed.</summary>
public sealed record DeliveryResult(string BriefId, DeliveryStatus Status, ImmutableArray<string> Recipients, string? MessageId, string? Subject, string? Error);
