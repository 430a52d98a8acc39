namespace Briefings.Delivery;

/// <summary>Where a message stands for one recipient in the write-ahead ledger.</summary>
public enum LedgerState
{
    /// <summary>The server accepted the message.</summary>
    Sent,

    /// <summary>Recorded just before the message was handed over (DATA) and not confirmed since: it may have been sent.</summary>
    Sending,
}
