using System.Collections.Immutable;
using MailKit.Net.Smtp;
using MimeKit;

namespace Briefings.Delivery;

/// <summary>
/// MailKit's SMTP client, watched at the one moment that matters for exactly-once delivery: when
/// the server has answered the last RCPT TO, MailKit's next command is DATA, so <see cref="Committed"/>
/// turns true and the caller's <c>committing</c> runs there. A refused recipient does not abort the
/// message for the others; it is noted in <see cref="Refusals"/>.
/// </summary>
internal sealed class EnvelopeClient(Action<ImmutableArray<string>> committing) : SmtpClient
{
    private readonly List<string> accepted = [];
    private readonly List<string> refusals = [];
    private int expected;

    /// <summary>The envelope was accepted and DATA is next (or was sent): from here a failure may leave the message delivered.</summary>
    public bool Committed { get; private set; }

    public ImmutableArray<string> Refusals => [.. refusals];

    public MailReceipt Deliver(MimeMessage message, CancellationToken cancellation)
    {
        var recipients = message.To.Mailboxes.Concat(message.Cc.Mailboxes).ToList();
        expected = recipients.Count;
        Send(message, message.From.Mailboxes.Single(), recipients, cancellation);
        return new MailReceipt([.. accepted], [.. refusals]);
    }

    protected override void OnRecipientAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response)
    {
        accepted.Add(mailbox.Address);
        Answered();
    }

    protected override void OnRecipientNotAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response)
    {
        refusals.Add($"{mailbox.Address}: {(int)response.StatusCode} {SmtpFailures.OneLine(response.Response)}");
        Answered();
    }

    private void Answered()
    {
        if (accepted.Count + refusals.Count < expected || accepted.Count == 0)
            return;
        committing([.. accepted]);
        Committed = true;
    }
}
