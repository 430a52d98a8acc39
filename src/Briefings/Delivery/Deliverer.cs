using System.Collections.Immutable;
using Briefings.Build;
using Briefings.Common;
using Briefings.Definitions;
using Briefings.Definitions.Delivery;
using Briefings.Foundation.Files;
using MimeKit;

namespace Briefings.Delivery;

/// <summary>
/// The delivery stage's façade: mails each brief's current PDF (the one the build record names, byte
/// for byte) to the recipients who do not have it at that fingerprint yet, under the delivery lock,
/// through the write-ahead ledger (recipients recorded just before the message is handed over,
/// confirmed when the server accepts it). One brief's failure does not stop the others; a ledger
/// that cannot be written stops the run, since nothing more could be recorded.
/// </summary>
public sealed class Deliverer(BriefsFile file, IMailTransport transport, TimeProvider clock, Func<string, Stream>? ledgerWriter = null)
{
    /// <summary>Mail servers refuse attachments long before this; a PDF larger than it is not ours.</summary>
    private const long MaxPdfBytes = 256L * 1024 * 1024;

    /// <param name="progress">Told of each brief as soon as it is done.</param>
    /// <exception cref="DeliveryException">No delivery block, an unreadable ledger, another delivery running, or a ledger that cannot be written (the briefs before it already reported).</exception>
    public ImmutableArray<DeliveryResult> Deliver(DeliveryOptions options, Action<DeliveryResult>? progress = null)
    {
        var delivery = file.Delivery ?? throw new DeliveryException($"{Path.GetFileName(file.Path)} has no 'delivery' block: add one with a 'from' address (and 'smtp', or messages go to outbox/).");
        using var held = options.DryRun ? null : DeliveryLock.Acquire(file.OutputFolder);
        var built = BuildRecord.Read(file.OutputFolder);
        var ledger = DeliveryLedger.Open(file.OutputFolder, ledgerWriter);
        var composer = new MailComposer(new MailTemplates(file.TemplateFolder));
        var results = ImmutableArray.CreateBuilder<DeliveryResult>();
        foreach (var entry in file.Briefs.Where(entry => options.Only is null || options.Only.Contains(entry.Id)))
        {
            var result = DeliverOne(entry, delivery, built, ledger, composer, options);
            results.Add(result);
            progress?.Invoke(result);
        }
        return results.ToImmutable();
    }

    private DeliveryResult DeliverOne(BriefEntry entry, DeliveryDefinition delivery, BuildRecord built, DeliveryLedger ledger, MailComposer composer, DeliveryOptions options)
    {
        DeliveryResult Failed(string error, ImmutableArray<string> recipients = default) =>
            new(entry.Id, DeliveryStatus.Failed, recipients.IsDefault ? [] : recipients, null, null, error);

        if (entry is RefusedBrief refused)
            return Failed(ErrorText.Of(refused.Error));
        var definition = ((LoadedBrief)entry).Definition;
        var email = EmailDefinition.Merge(definition.Email, file.Defaults.Email);
        var (to, cc) = Distinct((email.To ?? []).Select(recipient => recipient.Address), (email.Cc ?? []).Select(recipient => recipient.Address));
        var recipients = to.AddRange(cc);
        if (recipients.IsEmpty)
            return new DeliveryResult(entry.Id, DeliveryStatus.NoRecipients, [], null, null, null);
        if (!built.Briefs.TryGetValue(entry.Id, out var recorded))
            return Failed($"{BriefValidator.OutputPath(definition)} has not been built; run `briefings build` first. Nothing was sent.");
        var path = Path.Combine(file.OutputFolder, recorded.Output);
        // Through the folder guard: a FIFO or a link out of the output folder in place of the PDF must not hang or leak.
        var (confined, problem) = ConfinedFile.Resolve(file.OutputFolder, path);
        var pdf = confined?.ReadAllBytes(MaxPdfBytes);
        if (pdf is null || ContentHash.Of(pdf) != recorded.Sha256)
            return Failed($"{Path.GetRelativePath(Environment.CurrentDirectory, path)} {(pdf is not null ? "is not the PDF the last build wrote" : problem is null || !File.Exists(path) ? "is missing" : $"cannot be read ({problem})")}; run `briefings build` first. Nothing was sent.");

        var known = recipients.Select(address => ledger.Latest(entry.Id, recorded.Fingerprint, address)).ToList();
        var uncertain = known.OfType<LedgerEntry>().Where(last => last.State == LedgerState.Sending).ToList();
        if (!options.Resend && uncertain.Count > 0)
            return new DeliveryResult(entry.Id, DeliveryStatus.MayHaveBeenSent, [.. uncertain.Select(last => last.Recipient)], uncertain[0].MessageId, null,
                $"may have been sent to {string.Join(", ", uncertain.Select(last => last.Recipient))} ({uncertain[0].MessageId}, {uncertain[0].SentAt:yyyy-MM-dd HH:mm} UTC): it was handed over but never confirmed. Nothing was sent now; check with the recipients, then `briefings email --resend` sends it again.");
        var pending = options.Resend ? recipients : [.. recipients.Where((_, index) => known[index] is null)];
        if (pending.IsEmpty)
            return new DeliveryResult(entry.Id, DeliveryStatus.AlreadySent, recipients, null, null, null);

        var messageId = MailComposer.MessageId(entry.Id, recorded.Fingerprint, pending, ledger.Sends(entry.Id, recorded.Fingerprint));
        MimeMessage message;
        try
        {
            message = composer.Compose(entry.Id, recorded.Fingerprint, recorded.Facts ?? new Composition.BriefFacts(definition.Title, definition.Subtitle, "Brief", "", null, []),
                email, delivery.From, [.. to.Where(pending.Contains)], [.. cc.Where(pending.Contains)], pdf, Path.GetFileName(path), messageId);
        }
        catch (DeliveryException error)
        {
            return Failed(error.Message, pending);
        }
        if (options.DryRun)
            return new DeliveryResult(entry.Id, DeliveryStatus.WouldSend, pending, messageId, message.Subject, null);

        var committed = false;
        try
        {
            var receipt = transport.Send(message, accepted =>
            {
                ledger.Intend(entry.Id, recorded.Fingerprint, accepted, messageId, clock.GetUtcNow());
                committed = true;
            });
            ledger.Confirm(messageId, clock.GetUtcNow());
            if (receipt.Refusals.IsEmpty)
                return new DeliveryResult(entry.Id, DeliveryStatus.Sent, receipt.Accepted, messageId, message.Subject, null);
            return Failed($"refused for {string.Join("; ", receipt.Refusals)}" + (receipt.Accepted.IsEmpty ? "" : $" (sent to {string.Join(", ", receipt.Accepted)})"), pending);
        }
        catch (MailFailure failure) when (failure.MayHaveBeenSent)
        {
            return new DeliveryResult(entry.Id, DeliveryStatus.MayHaveBeenSent, pending, messageId, message.Subject,
                $"may have been sent via {transport.Description}: {failure.Message}. It is recorded as uncertain and is sent again only with `--resend`.");
        }
        catch (MailFailure failure)
        {
            try
            {
                if (committed)
                    ledger.Withdraw(messageId);
            }
            catch (LedgerException error)
            {
                throw Stop(error, $"{entry.Id} was refused by the server ({failure.Message}), but the ledger still says it may have been sent");
            }
            return Failed($"not sent via {transport.Description}: {failure.Message}. Nothing was recorded as sent.", pending);
        }
        catch (LedgerException error)
        {
            throw Stop(error, committed
                ? $"{entry.Id} was accepted via {transport.Description} but could not be recorded as sent: the next run reports it as 'may have been sent' and sends it again only with `--resend`"
                : $"{entry.Id} was not sent");
        }
    }

    /// <summary>Nothing more can be recorded, so nothing more may be sent: the run ends with one line.</summary>
    private static DeliveryException Stop(LedgerException error, string what) =>
        new($"{error.Message}; {what}. Nothing more is sent until the ledger can be written.", error);

    /// <summary>Each address once, case-insensitively: a To address is not repeated in Cc.</summary>
    private static (ImmutableArray<string> To, ImmutableArray<string> Cc) Distinct(IEnumerable<string> to, IEnumerable<string> cc)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return ([.. to.Where(address => seen.Add(MailAddresses.Bare(address)))], [.. cc.Where(address => seen.Add(MailAddresses.Bare(address)))]);
    }
}
