using Briefings.Common;
using MimeKit;

namespace Briefings.Definitions.Delivery;

/// <summary>
/// Reads one e-mail address as written in briefs.yaml (<c>desk@example.org</c> or
/// <c>Analysis Desk &lt;desk@example.org&gt;</c>) and compares addresses. One entry is one address:
/// a list in one string (<c>"a@b.org, c@d.org"</c>) would reach both while the ledger knows one.
/// A non-ASCII local part is refused: it needs SMTPUTF8, which most servers lack, and no retry helps.
/// </summary>
public static class MailAddresses
{
    public static MailboxAddress Parse(string text, string what, SourceLocation? at, string? key = null)
    {
        if (!MailboxAddress.TryParse(ParserOptions.Default, text, out var mailbox))
        {
            var problem = text.IndexOfAny([',', ';']) >= 0
                ? $"{what} '{text}' is more than one address; write one address per list entry, e.g. `to: [a@example.org, b@example.org]`."
                : $"{what} '{text}' is not a valid e-mail address.";
            throw new DefinitionException(at, problem) { Key = key };
        }
        if (mailbox.Domain is not { Length: > 0 } domain || !domain.Contains('.', StringComparison.Ordinal) && domain != "localhost")
            throw new DefinitionException(at, $"{what} '{text}' is not a valid e-mail address.") { Key = key };
        if (!mailbox.LocalPart.All(char.IsAscii))
            throw new DefinitionException(at, $"{what} '{text}' has a non-ASCII part before the @, which most mail servers cannot accept (SMTPUTF8); use an ASCII address.") { Key = key };
        return mailbox;
    }

    /// <summary>The bare address (<c>desk@example.org</c>) of a valid entry.</summary>
    public static string Bare(string text) => MailboxAddress.TryParse(text, out var mailbox) ? mailbox.Address : text;

    public static bool Same(string a, string b) => string.Equals(Bare(a), Bare(b), StringComparison.OrdinalIgnoreCase);
}
