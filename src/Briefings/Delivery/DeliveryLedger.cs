using System.Collections.Immutable;
using System.Text.Json;
using Briefings.Build;

namespace Briefings.Delivery;

/// <summary>
/// <c>out/.briefings-deliveries.json</c>: who has been sent which brief at which fingerprint. A brief
/// already sent to a recipient at its current fingerprint is not sent again (unless resent). The
/// ledger is written atomically right after each message is accepted, so a crash can at most
/// repeat the one message in flight; a failure never adds an entry.
/// </summary>
public sealed class DeliveryLedger
{
    public const string FileName = ".briefings-deliveries.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    private readonly string path;
    private ImmutableList<LedgerEntry> entries;

    private DeliveryLedger(string path, ImmutableList<LedgerEntry> entries)
    {
        this.path = path;
        this.entries = entries;
    }

    public IReadOnlyList<LedgerEntry> Entries => entries;

    /// <summary>Reads the ledger in the output folder; one that cannot be read is an error, never silently empty (that would resend everything).</summary>
    public static DeliveryLedger Open(string outputFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        if (!File.Exists(path))
            return new DeliveryLedger(path, []);
        try
        {
            return new DeliveryLedger(path, JsonSerializer.Deserialize<ImmutableList<LedgerEntry>>(File.ReadAllBytes(path), Json) ?? []);
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new DeliveryException($"{path}: the delivery ledger cannot be read ({error.Message}); nothing is sent until it is repaired or removed.", error);
        }
    }

    public bool HasSent(string brief, string fingerprint, string recipient) =>
        entries.Any(entry => entry.Brief == brief && entry.Fingerprint == fingerprint && SameAddress(entry.Recipient, recipient));

    /// <summary>How many times this brief at this fingerprint was already sent to anyone (for a resend's message id).</summary>
    public int Sends(string brief, string fingerprint) =>
        entries.Where(entry => entry.Brief == brief && entry.Fingerprint == fingerprint).Select(entry => entry.MessageId).Distinct().Count();

    public void Record(IEnumerable<LedgerEntry> sent)
    {
        entries = entries.AddRange(sent);
        AtomicFile.Write(path, JsonSerializer.SerializeToUtf8Bytes(entries, Json));
    }

    public static bool SameAddress(string a, string b) => Definitions.Delivery.MailAddresses.Same(a, b);
}
