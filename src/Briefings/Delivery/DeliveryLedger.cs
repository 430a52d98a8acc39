using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Briefings.Common;
using Briefings.Definitions.Delivery;

namespace Briefings.Delivery;

/// <summary>
/// <c>out/.briefings-deliveries.json</c>, a write-ahead ledger of who has been sent which brief at
/// which fingerprint. Just before a message is handed over (DATA) its recipients are recorded as
/// <see cref="LedgerState.Sending"/>; when the server accepts it they become <see cref="LedgerState.Sent"/>;
/// when the server refuses it they are withdrawn. So a crash or a lost connection in between leaves
/// "may have been sent", never a silent resend. Every change is written atomically before it counts.
/// </summary>
public sealed class DeliveryLedger
{
    public const string FileName = ".briefings-deliveries.json";

    private static readonly JsonTypeInfo<ImmutableList<LedgerEntry>> Json = new LedgerJsonContext(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter<LedgerState>(JsonNamingPolicy.SnakeCaseLower) },
    }).ImmutableListLedgerEntry;

    private readonly string _path;
    private readonly Func<string, Stream>? _create;
    private ImmutableList<LedgerEntry> _entries;

    private DeliveryLedger(string path, ImmutableList<LedgerEntry> entries, Func<string, Stream>? create)
    {
        _path = path;
        _entries = entries;
        _create = create;
    }

    public IReadOnlyList<LedgerEntry> Entries => _entries;

    public string Path => _path;

    /// <summary>Reads the ledger in the output folder; one that cannot be read is an error, never silently empty (that would resend everything).</summary>
    /// <param name="create">Opens the temporary file of each write (tests pass one that fails like a full disk).</param>
    public static DeliveryLedger Open(string outputFolder, Func<string, Stream>? create = null)
    {
        var path = System.IO.Path.Combine(outputFolder, FileName);
        if (!File.Exists(path))
            return new DeliveryLedger(path, [], create);
        try
        {
            return new DeliveryLedger(path, JsonSerializer.Deserialize<ImmutableList<LedgerEntry>>(File.ReadAllBytes(path), Json) ?? [], create);
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new DeliveryException($"{path}: the delivery ledger cannot be read ({error.Message}); nothing is sent until it is repaired or removed.", error);
        }
    }

    /// <summary>Sent if any message reached the recipient, else Sending if one may have; null if none was handed over.</summary>
    public LedgerEntry? Latest(string brief, string fingerprint, string recipient)
    {
        var mine = _entries.Where(entry => entry.Brief == brief && entry.Fingerprint == fingerprint && MailAddresses.Same(entry.Recipient, recipient)).ToList();
        return mine.LastOrDefault(entry => entry.State == LedgerState.Sent) ?? mine.LastOrDefault();
    }

    public bool HasSent(string brief, string fingerprint, string recipient) => Latest(brief, fingerprint, recipient)?.State == LedgerState.Sent;

    /// <summary>How many messages of this brief at this fingerprint were already handed over (for a resend's message id).</summary>
    public int Sends(string brief, string fingerprint) =>
        _entries.Where(entry => entry.Brief == brief && entry.Fingerprint == fingerprint).Select(entry => entry.MessageId).Distinct().Count();

    /// <summary>Before DATA: these recipients may have the message from now on.</summary>
    public void Intend(string brief, string fingerprint, IEnumerable<string> recipients, string messageId, DateTimeOffset at) =>
        Write(_entries.AddRange(recipients.Select(address => new LedgerEntry(brief, fingerprint, address, messageId, at, LedgerState.Sending))));

    /// <summary>The server accepted the message: its recipients have it.</summary>
    public void Confirm(string messageId, DateTimeOffset at) =>
        Write([.. _entries.Select(entry => entry.MessageId == messageId && entry.State == LedgerState.Sending ? entry with { State = LedgerState.Sent, SentAt = at } : entry)]);

    /// <summary>The server refused the message after all: nobody has it.</summary>
    public void Withdraw(string messageId) =>
        Write(_entries.RemoveAll(entry => entry.MessageId == messageId && entry.State == LedgerState.Sending));

    private void Write(ImmutableList<LedgerEntry> next)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(next, Json);
        try
        {
            if (_create is null)
                AtomicFile.Write(_path, bytes);
            else
                AtomicFile.Write(_path, bytes, _create);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new LedgerException($"{System.IO.Path.GetRelativePath(Environment.CurrentDirectory, _path)} cannot be written ({error.Message.TrimEnd('.')})", error);
        }
        _entries = next;
    }
}
