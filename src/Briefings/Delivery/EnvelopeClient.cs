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
    private readonly List<string> _accepted = [];
    private readonly List<string> _refusals = [];
    private int _expected;

    /// <summary>The envelope was accepted and DATA is next (or was sent): from here a failure may leave the message delivered.</summary>
    public bool Committed { get; private set; }

    public ImmutableArray<string> Refusals => [.. _refusals];

    public MailReceipt Deliver(MimeMessage message, CancellationToken cancellation)
    {
        var recipients = message.To.Mailboxes.Concat(message.Cc.Mailboxes).ToList();
        _expected = recipients.Count;
        Send(message, message.From.Mailboxes.Single(), recipients, cancellation);
        return new MailReceipt([.. _accepted], [.. _refusals]);
    }

    protected override void OnRecipientAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response)
    {
        _accepted.Add(mailbox.Address);
        Answered();
    }

    protected override void OnRecipientNotAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response)
    {
        _refusals.Add($"{mailbox.Address}: {(int)response.StatusCode} {SmtpFailures.OneLine(response.Response)}");
        Answered();
    }

    private void Answered()
    {
        if (_accepted.Count + _refusals.Count < _expected || _accepted.Count == 0)
            return;
        committing([.. _accepted]);
        Committed = true;
    }
}
