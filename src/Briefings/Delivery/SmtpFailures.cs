using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Briefings.Delivery;

/// <summary>
/// Turns what MailKit throws into a <see cref="MailFailure"/> of one line. Before the message is
/// handed over (DATA), a 4xx reply, a refused or dropped connection is transient; a 5xx reply, a
/// refused login, an untrusted certificate or a missing server feature is permanent. After it, a
/// reply from the server still means "not accepted", but a lost connection means "may have been sent".
/// </summary>
internal static class SmtpFailures
{
    /// <returns>null for an exception that is not a mail failure (a bug, or the ledger's own error), which the caller lets through.</returns>
    public static MailFailure? Classify(Exception error, bool committed, ServerTrust trust, string user) => error switch
    {
        SslHandshakeException => new MailFailure($"the TLS handshake failed: {trust.Refusal ?? OneLine(error.Message)}", inner: error),
        AuthenticationException => new MailFailure($"the server refused the login as '{user}' ({OneLine(error.Message)}); check the password in the variable 'password_env' names", inner: error),
        ServiceNotAuthenticatedException => new MailFailure($"the server wants TLS or a login first (530 {OneLine(error.Message)}); check 'security', 'user' and 'password_env'", inner: error),
        SmtpCommandException command when committed => new MailFailure($"the server refused the message: {Reply(command)}", inner: error),
        SmtpCommandException { ErrorCode: SmtpErrorCode.SenderNotAccepted } command => new MailFailure($"the server refused the sender {command.Mailbox?.Address}: {Reply(command)}", IsTemporary(command), inner: error),
        SmtpCommandException command => new MailFailure(Reply(command), IsTemporary(command), inner: error),
        NotSupportedException => new MailFailure(OneLine(error.Message), inner: error),
        SocketException socket => new MailFailure($"cannot connect ({socket.SocketErrorCode}: {socket.Message})", transient: true, inner: error),
        SmtpProtocolException or IOException when committed => new MailFailure($"the connection was lost after the message was handed over ({OneLine(error.Message)}); it may have been sent", mayHaveBeenSent: true, inner: error),
        SmtpProtocolException or IOException => new MailFailure($"the connection was lost ({OneLine(error.Message)})", transient: true, inner: error),
        _ => null,
    };

    public static string OneLine(string text) => string.Join(" ", text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');

    private static string Reply(SmtpCommandException command) => $"{(int)command.StatusCode} {OneLine(command.Message)}";

    private static bool IsTemporary(SmtpCommandException command) => (int)command.StatusCode is >= 400 and < 500;
}
