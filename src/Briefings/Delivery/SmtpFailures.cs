using System.Net.Mail;
using System.Net.Sockets;

namespace Briefings.Delivery;

/// <summary>
/// Which SMTP failures are worth another try: the server's 4xx replies (busy, not available,
/// local error, out of storage), a connection refused or dropped, a timeout. A 5xx reply or a bad
/// recipient is permanent and is reported at once.
/// </summary>
public static class SmtpFailures
{
    public static bool IsTransient(Exception error) => error switch
    {
        SmtpFailedRecipientException => false,
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
        SmtpException { InnerException: SocketException socket } => $"cannot connect ({socket.SocketErrorCode}: {socket.Message})",
        SmtpException { InnerException: { } inner } smtp => $"{smtp.Message.TrimEnd('.')}: {inner.Message}",
        SmtpException smtp => $"{(int)smtp.StatusCode} {smtp.Message}",
        _ => error.Message,
    };
}
