using System.Net.Mail;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Briefings.Delivery;

/// <summary>
/// Which SMTP failures are worth another try: the server's 4xx replies (busy, not available,
/// local error, out of storage), a connection refused or dropped, a timeout. A 5xx reply, a bad
/// recipient or a TLS handshake that fails (a certificate this machine does not trust) is permanent
/// and is reported at once.
/// </summary>
public static class SmtpFailures
{
    public static bool IsTransient(Exception error) => error switch
    {
        SmtpFailedRecipientException or AuthenticationException or SmtpException { InnerException: AuthenticationException } => false,
        SmtpException smtp => smtp.StatusCode is SmtpStatusCode.ServiceNotAvailable or SmtpStatusCode.MailboxBusy
                                  or SmtpStatusCode.LocalErrorInProcessing or SmtpStatusCode.InsufficientStorage
                                  or SmtpStatusCode.ServiceClosingTransmissionChannel or SmtpStatusCode.GeneralFailure
                              || smtp.InnerException is SocketException or IOException or TimeoutException,
        SocketException or IOException or TimeoutException => true,
        _ => false,
    };

    /// <summary>A one-line reason: the server's reply code and text, or the network error.</summary>
    public static string Describe(Exception error) => error switch
    {
        AuthenticationException tls => Handshake(tls),
        SmtpException { InnerException: AuthenticationException tls } => Handshake(tls),
        SmtpException { InnerException: SocketException socket } => $"cannot connect ({socket.SocketErrorCode}: {socket.Message})",
        SmtpException { InnerException: { } inner } smtp => $"{smtp.Message.TrimEnd('.')}: {inner.Message}",
        SmtpException smtp => $"{(int)smtp.StatusCode} {smtp.Message}",
        _ => error.Message,
    };

    private static string Handshake(AuthenticationException error) => $"the TLS handshake (STARTTLS) failed: {error.Message.TrimEnd('.')}";
}
