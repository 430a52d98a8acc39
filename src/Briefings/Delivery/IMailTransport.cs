using System.Collections.Immutable;
using MimeKit;

namespace Briefings.Delivery;

/// <summary>Where messages go: an SMTP server, or .eml files in a pickup folder.</summary>
public interface IMailTransport
{
    /// <summary>Says where, for the command's output (<c>smtp 127.0.0.1:2525 (starttls)</c>, <c>outbox/</c>).</summary>
    string Description { get; }

    /// <summary>
    /// Hands the message over to its To and Cc recipients. <paramref name="committing"/> is called with
    /// the recipients the server accepted right before the message itself goes (SMTP's DATA): before
    /// that call a failure means nothing was sent; after it, the message may have arrived. Throws
    /// <see cref="MailFailure"/> when the message was not (or not surely) accepted.
    /// </summary>
    MailReceipt Send(MimeMessage message, Action<ImmutableArray<string>> committing);
}
