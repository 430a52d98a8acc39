namespace Briefings.Delivery;

/// <summary>
/// One recipient of a brief at one fingerprint: the message's id, when (UTC), and whether the server
/// confirmed it (<see cref="LedgerState.Sent"/>) or the message was handed over without an answer
/// (<see cref="LedgerState.Sending"/>). Entries written before states existed read as sent.
/// </summary>
public sealed record LedgerEntry(string Brief, string Fingerprint, string Recipient, string MessageId, DateTimeOffset SentAt, LedgerState State = LedgerState.Sent);
