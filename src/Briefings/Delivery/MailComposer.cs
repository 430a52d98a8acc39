using System.Collections.Immutable;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Briefings.Composition;
using Briefings.Definitions.Delivery;

namespace Briefings.Delivery;

/// <summary>
/// Builds the message for a brief: from, to and cc (only the pending recipients), the subject, a
/// plain-text body with an HTML alternative, the PDF attached as <c>application/pdf</c> under the
/// brief's file name, and a Message-ID derived from the brief, its fingerprint and the recipients.
/// </summary>
public sealed class MailComposer(MailTemplates templates)
{
    public MailMessage Compose(string briefId, string fingerprint, BriefFacts facts, EmailDefinition email, string from,
        ImmutableArray<string> to, ImmutableArray<string> cc, byte[] pdf, string fileName, string messageId)
    {
        var (subject, text, html) = templates.Render(briefId, facts, fileName, email.Subject!, email.Body!);
        var message = new MailMessage
        {
            From = new MailAddress(from),
            Subject = subject,
            SubjectEncoding = Encoding.UTF8,
            Body = text,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        foreach (var address in to)
            message.To.Add(address);
        foreach (var address in cc)
            message.CC.Add(address);
        message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(html, Encoding.UTF8, MediaTypeNames.Text.Html));
        message.Attachments.Add(new Attachment(new MemoryStream(pdf), fileName, MediaTypeNames.Application.Pdf));
        message.Headers.Add("Message-ID", messageId);
        message.Headers.Add("X-Briefings-Fingerprint", fingerprint);
        return message;
    }

    /// <summary><c>&lt;brief.fingerprint.recipients[.n]@briefings.invalid&gt;</c>: the same send gives the same id; a resend adds its number.</summary>
    public static string MessageId(string briefId, string fingerprint, IEnumerable<string> recipients, int previousSends) =>
        $"<{briefId}.{fingerprint[..16]}.{Build.ContentHash.Of(string.Join(",", recipients.Order(StringComparer.OrdinalIgnoreCase)))[..12]}{(previousSends > 0 ? "." + previousSends : "")}@briefings.invalid>";
}
