namespace Briefings.Delivery;

/// <summary>The delivery ledger could not be written: nothing more may be sent, since nothing more could be recorded.</summary>
public sealed class LedgerException(string message, Exception inner) : Exception(message, inner);
