using System.Collections.Immutable;
using Briefings.Common;
using MimeKit;

namespace Briefings.Delivery;

/// <summary>
/// Writes each message as an .eml file into a pickup folder: the default, needing no server. The file
/// is named after the message (brief, version, recipients) and written atomically, so a failed write
/// leaves no partial message.
/// </summary>
public sealed class PickupTransport(string folder) : IMailTransport
{
    public string Description => Path.GetRelativePath(Environment.CurrentDirectory, folder) + "/";

    public MailReceipt Send(MimeMessage message, Action<ImmutableArray<string>> committing)
    {
        ImmutableArray<string> recipients = [.. message.To.Mailboxes.Concat(message.Cc.Mailboxes).Select(mailbox => mailbox.Address)];
        var bytes = MailComposer.Bytes(message);
        committing(recipients);
        try
        {
            AtomicFile.Write(Path.Combine(folder, FileName(message)), bytes);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new MailFailure($"cannot write to {Description}: {error.Message}", inner: error);
        }
        return new MailReceipt(recipients, []);
    }

    /// <summary><c>brief.fingerprint.recipients[.n].eml</c>: the Message-ID's left part, so a file says which brief, which version and which send it holds.</summary>
    public static string FileName(MimeMessage message)
    {
        var id = message.MessageId ?? throw new ArgumentException("the message has no Message-ID", nameof(message));
        return id[..id.LastIndexOf('@')] + ".eml";
    }
}
