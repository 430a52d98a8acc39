using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Briefings.Common;
using Briefings.Composition;
using Briefings.Definitions.Delivery;
using MimeKit;

namespace Briefings.Delivery;

/// <summary>
/// Builds the message for a brief: from, to and cc (only the pending recipients), the subject, a
/// plain-text body with an HTML alternative, and the PDF attached as <c>application/pdf</c> under the
/// brief's file name. Nothing in it comes from the clock or a random source: the Message-ID comes from
/// the brief, its fingerprint and the recipients, the Date is the brief's edition date (the PDF's
/// creation date), and the MIME boundaries come from the Message-ID, so the same send is the same bytes.
/// </summary>
public sealed class MailComposer(MailTemplates templates)
{
    private static readonly FormatOptions Format = new() { NewLineFormat = NewLineFormat.Dos };

    public MimeMessage Compose(string briefId, string fingerprint, BriefFacts facts, EmailDefinition email, string from,
        ImmutableArray<string> to, ImmutableArray<string> cc, byte[] pdf, string fileName, string messageId)
    {
        var (subject, text, html) = templates.Render(briefId, facts, fileName, email.Subject!, email.Body!);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.AddRange(to.Select(MailboxAddress.Parse));
        message.Cc.AddRange(cc.Select(MailboxAddress.Parse));
        message.Subject = subject;
        message.Date = EditionDate(facts);
        message.MessageId = messageId.Trim('<', '>');
        message.Headers.Add("X-Briefings-Fingerprint", fingerprint);

        var alternative = new Multipart("alternative") { Boundary = Boundary(messageId, "alternative") };
        alternative.Add(Text("plain", text));
        alternative.Add(Text("html", html));
        var attachment = new MimePart("application", "pdf")
        {
            Content = new MimeContent(new MemoryStream(pdf, writable: false)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = fileName,
        };
        var mixed = new Multipart("mixed") { Boundary = Boundary(messageId, "mixed") };
        mixed.Add(alternative);
        mixed.Add(attachment);
        message.Body = mixed;
        return message;
    }

    /// <summary>The message as it is handed over: CRLF line ends, every part in a 7-bit transfer encoding.</summary>
    public static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(Format, stream);
        return stream.ToArray();
    }

    /// <summary><c>&lt;brief.fingerprint.recipients[.n]@briefings.invalid&gt;</c>: the same send gives the same id; a resend adds its number.</summary>
    public static string MessageId(string briefId, string fingerprint, IEnumerable<string> recipients, int previousSends) =>
        $"<{briefId}.{fingerprint[..16]}.{ContentHash.Of(string.Join(",", recipients.Select(MailAddresses.Bare).Order(StringComparer.OrdinalIgnoreCase)))[..12]}{(previousSends > 0 ? "." + previousSends : "")}@briefings.invalid>";

    private static TextPart Text(string subtype, string content)
    {
        var part = new TextPart(subtype) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(Encoding.UTF8, content);
        return part;
    }

    /// <summary>"=_" cannot occur in quoted-printable or base64 text, so a boundary that starts with it never collides with a part's content.</summary>
    private static string Boundary(string messageId, string part) => $"=_{part}_{ContentHash.Of(messageId + "/" + part)[..24]}";

    private static DateTimeOffset EditionDate(BriefFacts facts) =>
        DateOnly.TryParseExact(facts.Date, BriefComposer.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : DateTimeOffset.UnixEpoch;
}
