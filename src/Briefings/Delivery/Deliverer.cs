using System.Collections.Immutable;
using Briefings.Build;
using Briefings.Definitions;
using Briefings.Definitions.Delivery;
using MimeKit;

namespace Briefings.Delivery;

/// <summary>
/// The delivery stage's façade: mails each brief's current PDF (the one the manifest records, byte
/// for byte) to the recipients who do not have it at that fingerprint yet, and records each accepted
/// message in the ledger at once. One brief's failure does not stop the others.
/// </summary>
public sealed class Deliverer(BriefsFile file, IMailTransport transport, TimeProvider clock)
{
    public ImmutableArray<DeliveryResult> Deliver(DeliveryOptions options)
    {
        var delivery = file.Delivery ?? throw new DeliveryException($"{Path.GetFileName(file.Path)} has no 'delivery' block: add one with a 'from' address (and 'smtp', or messages go to outbox/).");
        var manifest = ManifestFile.Read(file.OutputFolder);
        var ledger = DeliveryLedger.Open(file.OutputFolder);
        var composer = new MailComposer(new MailTemplates(file.TemplateFolder));
        var results = ImmutableArray.CreateBuilder<DeliveryResult>();
        foreach (var entry in file.Briefs.Where(entry => options.Only is null || options.Only.Contains(entry.Id)))
            results.Add(DeliverOne(entry, delivery, manifest, ledger, composer, options));
        return results.ToImmutable();
    }

    private DeliveryResult DeliverOne(BriefEntry entry, DeliveryDefinition delivery, BuildManifest manifest, DeliveryLedger ledger, MailComposer composer, DeliveryOptions options)
    {
        DeliveryResult Failed(string error, ImmutableArray<string> recipients = default) =>
            new(entry.Id, DeliveryStatus.Failed, recipients.IsDefault ? [] : recipients, null, null, error);

        if (entry.Error is not null)
            return Failed(ErrorText.Of(entry.Error));
        var email = EmailDefinition.Merge(entry.Definition!.Email, file.Defaults.Email);
        var recipients = (email.To ?? []).Concat(email.Cc ?? []).ToImmutableArray();
        if (recipients.IsEmpty)
            return new DeliveryResult(entry.Id, DeliveryStatus.NoRecipients, [], null, null, null);
        if (!manifest.Briefs.TryGetValue(entry.Id, out var recorded))
            return Failed($"{BriefValidator.OutputPath(entry.Definition)} has not been built; run `briefings build` first. Nothing was sent.");
        var path = Path.Combine(file.OutputFolder, recorded.Output);
        var pdf = File.Exists(path) ? File.ReadAllBytes(path) : null;
        if (pdf is null || ContentHash.Of(pdf) != recorded.Sha256)
            return Failed($"{Path.GetRelativePath(Environment.CurrentDirectory, path)} is {(pdf is null ? "missing" : "not the PDF the last build wrote")}; run `briefings build` first. Nothing was sent.");

        var pending = options.Resend ? recipients : [.. recipients.Where(address => !ledger.HasSent(entry.Id, recorded.Fingerprint, address))];
        if (pending.IsEmpty)
            return new DeliveryResult(entry.Id, DeliveryStatus.AlreadySent, recipients, null, null, null);
        var to = (email.To ?? []).Where(pending.Contains).ToImmutableArray();
        var cc = (email.Cc ?? []).Where(pending.Contains).ToImmutableArray();
        var messageId = MailComposer.MessageId(entry.Id, recorded.Fingerprint, pending, ledger.Sends(entry.Id, recorded.Fingerprint));
        MimeMessage message;
        try
        {
            message = composer.Compose(entry.Id, recorded.Fingerprint, recorded.Facts ?? new Composition.BriefFacts(entry.Definition.Title, entry.Definition.Subtitle, "Brief", "", null, []),
                email, delivery.From, to, cc, pdf, Path.GetFileName(path), messageId);
        }
        catch (DeliveryException error)
        {
            return Failed(error.Message, pending);
        }
        if (options.DryRun)
            return new DeliveryResult(entry.Id, DeliveryStatus.WouldSend, pending, messageId, message.Subject, null);
        try
        {
            var receipt = transport.Send(message, _ => { });
            Record(ledger, entry.Id, recorded.Fingerprint, receipt.Accepted, messageId);
            if (receipt.Refusals.IsEmpty)
                return new DeliveryResult(entry.Id, DeliveryStatus.Sent, receipt.Accepted, messageId, message.Subject, null);
            return Failed($"refused for {string.Join("; ", receipt.Refusals)}" + (receipt.Accepted.IsEmpty ? "" : $" (sent to {string.Join(", ", receipt.Accepted)})"), pending);
        }
        catch (MailFailure failure)
        {
            return Failed($"not sent via {transport.Description}: {failure.Message}. Nothing was recorded as sent.", pending);
        }
    }

    private void Record(DeliveryLedger ledger, string brief, string fingerprint, ImmutableArray<string> recipients, string messageId)
    {
        if (recipients.IsEmpty)
            return;
        var now = clock.GetUtcNow();
        ledger.Record(recipients.Select(address => new LedgerEntry(brief, fingerprint, address, messageId, now)));
    }
}
