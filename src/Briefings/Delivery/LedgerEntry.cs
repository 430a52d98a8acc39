namespace Briefings.Delivery;

/// <summary>One recipient who was sent a brief at one fingerprint, with the message's id and when (UTC).</summary>
public sealed record LedgerEntry(string Brief, string Fingerprint, string Recipient, string MessageId, DateTimeOffset SentAt);
