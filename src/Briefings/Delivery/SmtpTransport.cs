using System.Net;
using System.Net.Mail;
using Briefings.Definitions.Delivery;
using Polly;
using Polly.Retry;

namespace Briefings.Delivery;

/// <summary>
/// Sends through an SMTP server (plain or STARTTLS, optionally logged in), retrying transient
/// failures with exponential backoff (Polly). Each attempt uses a fresh connection.
/// </summary>
public sealed class SmtpTransport : IMailTransport
{
    private readonly SmtpDefinition smtp;
    private readonly string? password;
    private readonly ResiliencePipeline pipeline;

    public SmtpTransport(SmtpDefinition smtp, RetryDefinition retry, string? password, Action<string>? onRetry = null)
    {
        this.smtp = smtp;
        this.password = password;
        pipeline = retry.Attempts <= 1
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(SmtpFailures.IsTransient),
                MaxRetryAttempts = retry.Attempts - 1,
                Delay = TimeSpan.FromMilliseconds(retry.DelayMs),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                OnRetry = arguments =>
                {
                    onRetry?.Invoke($"attempt {arguments.AttemptNumber + 1} of {retry.Attempts} failed ({SmtpFailures.Describe(arguments.Outcome.Exception!)}); trying again in {arguments.RetryDelay.TotalSeconds:0.##} s");
                    return ValueTask.CompletedTask;
                },
            }).Build();
    }

    public string Description => $"smtp {smtp.Host}:{smtp.Port}";

    public void Send(MailMessage message) => pipeline.Execute(() =>
    {
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.Security == SmtpSecurity.StartTls,
            Timeout = smtp.TimeoutSeconds * 1000,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (smtp.User is { } user)
            client.Credentials = new NetworkCredential(user, password ?? "");
        client.Send(message);
    });

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
