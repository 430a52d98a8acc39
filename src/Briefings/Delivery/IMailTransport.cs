using System.Net.Mail;

namespace Briefings.Delivery;

/// <summary>Where messages go: an SMTP server, or .eml files in a pickup folder.</summary>
public interface IMailTransport
{
    /// <summary>Says where, for the command's output (<c>smtp 127.0.0.1:2525</c>, <c>outbox/</c>).</summary>
    string Description { get; }

    /// <summary>Hands the message over; throws <see cref="SmtpException"/> (or an I/O error) when it was not accepted.</summary>
    void Send(MailMessage message);
}
