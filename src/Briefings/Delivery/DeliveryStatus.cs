namespace Briefings.Delivery;

/// <summary>What <c>email</c> did with one brief.</summary>
public enum DeliveryStatus
{
    /// <summary>The message was accepted for every pending recipient and recorded.</summary>
    Sent,

    /// <summary>Every recipient already has this brief at its current fingerprint.</summary>
    AlreadySent,

    /// <summary><c>--dry-run</c>: it would have been sent.</summary>
    WouldSend,

    /// <summary>The brief has no recipients.</summary>
    NoRecipients,

    /// <summary>Nothing (or not everything) was sent; the error says why. Nothing unsent is recorded.</summary>
    Failed,

    /// <summary>The message was handed over but not confirmed (a lost connection, no answer): the server may hold it. Sent again only with <c>--resend</c>.</summary>
    MayHaveBeenSent,
}
