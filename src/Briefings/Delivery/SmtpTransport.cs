using System.Collections.Immutable;
using Briefings.Definitions.Delivery;
using MailKit.Security;
using MimeKit;
using Polly;
using Polly.Retry;

namespace Briefings.Delivery;

/// <summary>
/// Sends through an SMTP server with MailKit: plain, STARTTLS or implicit TLS, optionally logged in,
/// the server's certificate checked. Failures before the message is handed over that are transient
/// are retried with exponential backoff (Polly), each attempt on a fresh connection; nothing after it
/// is ever retried. One brief's delivery, every attempt and wait included, ends within <c>timeout_seconds</c>.
/// </summary>
public sealed class SmtpTransport : IMailTransport
{
    private readonly SmtpDefinition _smtp;
    private readonly string? _password;
    private readonly ServerTrust _trust;
    private readonly ResiliencePipeline _pipeline;

    private SmtpTransport(SmtpDefinition smtp, RetryDefinition retry, string? password, Action<string>? onRetry)
    {
        _smtp = smtp;
        _password = password;
        _trust = ServerTrust.For(smtp.CaFile);
        _pipeline = retry.Attempts <= 1
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<MailFailure>(failure => failure.Transient),
                MaxRetryAttempts = retry.Attempts - 1,
                Delay = TimeSpan.FromMilliseconds(retry.DelayMs),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                OnRetry = arguments =>
                {
                    onRetry?.Invoke($"attempt {arguments.AttemptNumber + 1} of {retry.Attempts} failed ({arguments.Outcome.Exception!.Message}); trying again in {arguments.RetryDelay.TotalSeconds:0.##} s");
                    return ValueTask.CompletedTask;
                },
            }).Build();
    }

    public string Description => $"smtp {_smtp.Host}:{_smtp.EffectivePort} ({_smtp.Security})";

    public MailReceipt Send(MimeMessage message, Action<ImmutableArray<string>> committing)
    {
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(_smtp.TimeoutSeconds));
        MailFailure? last = null;
        try
        {
            return _pipeline.Execute(cancellation =>
            {
                try
                {
                    return Attempt(message, committing, cancellation);
                }
                catch (MailFailure failure)
                {
                    last = failure;
                    throw;
                }
            }, budget.Token);
        }
        catch (OperationCanceledException error) when (budget.IsCancellationRequested)
        {
            throw new MailFailure($"gave up after {_smtp.TimeoutSeconds} s ('timeout_seconds') waiting to try again; the last attempt: {last?.Message}", inner: error);
        }
    }

    private MailReceipt Attempt(MimeMessage message, Action<ImmutableArray<string>> committing, CancellationToken cancellation)
    {
        using var client = new EnvelopeClient(committing)
        {
            // The budget's cancellation ends a hung exchange; MailKit's own timeout only backs it up.
            Timeout = (_smtp.TimeoutSeconds + 5) * 1000,
            ServerCertificateValidationCallback = _trust.Validate,
            CheckCertificateRevocation = false,
        };
        var step = "connecting";
        try
        {
            client.Connect(_smtp.Host, _smtp.EffectivePort, Options(_smtp.Security), cancellation);
            if (_smtp.User is { } user)
            {
                step = "logging in";
                client.Authenticate(user, _password ?? "", cancellation);
            }
            step = "sending the envelope (MAIL FROM, RCPT TO)";
            var receipt = client.Deliver(message, cancellation);
            Quit(client, cancellation);
            return receipt;
        }
        catch (OperationCanceledException error) when (cancellation.IsCancellationRequested)
        {
            throw client.Committed
                ? new MailFailure($"no answer within {_smtp.TimeoutSeconds} s ('timeout_seconds') after the message was handed over; it may have been sent", mayHaveBeenSent: true, inner: error)
                : new MailFailure($"no answer within {_smtp.TimeoutSeconds} s ('timeout_seconds') while {step}", inner: error);
        }
        catch (Exception error) when (SmtpFailures.Classify(error, client.Committed, _trust, _smtp.User ?? "") is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>The message was accepted: a QUIT that fails or is not answered changes nothing.</summary>
    private static void Quit(EnvelopeClient client, CancellationToken cancellation)
    {
        try
        {
            client.Disconnect(quit: true, cancellation);
        }
        catch (Exception error) when (error is IOException or MailKit.ProtocolException or MailKit.CommandException or OperationCanceledException)
        {
        }
    }

    private static SecureSocketOptions Options(string security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };

    /// <summary>The transport delivery settings ask for; the password comes from the environment variable they name.</summary>
    public static IMailTransport For(DeliveryDefinition delivery, Action<string>? onRetry = null)
    {
        if (delivery.Smtp is not { } smtp)
            return new PickupTransport(delivery.Outbox);
        string? password = null;
        if (smtp.PasswordEnv is { } variable)
        {
            password = Environment.GetEnvironmentVariable(variable);
            if (string.IsNullOrEmpty(password))
                throw new DeliveryException($"the SMTP password variable {variable} (delivery.smtp.password_env) is not set; set it in the environment, never in briefs.yaml.");
        }
        return new SmtpTransport(smtp, delivery.Retry, password, onRetry);
    }
}
