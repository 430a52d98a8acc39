using System.Text.RegularExpressions;

namespace Briefings.Definitions.Delivery;

/// <summary>Checks delivery settings and e-mail addresses, with the place in briefs.yaml of any mistake.</summary>
public static partial class DeliveryValidator
{
    public static void Validate(DeliveryDefinition delivery)
    {
        var at = delivery.Location;
        if (string.IsNullOrWhiteSpace(delivery.From))
            throw new DefinitionException(at, "'delivery' needs a 'from' address, e.g. `from: Analysis Desk <desk@example.org>`.");
        MailAddresses.Parse(delivery.From, "'delivery.from'", at, "from");
        if (delivery.Retry.Attempts is < 1 or > 20 || delivery.Retry.DelayMs is < 0 or > 600_000)
            throw new DefinitionException(at, "'delivery.retry' needs 1–20 'attempts' and a 'delay_ms' of 0–600000.") { Key = "retry" };
        if (delivery.Smtp is not { } smtp)
            return;
        var where = smtp.Location ?? at;
        if (string.IsNullOrWhiteSpace(smtp.Host))
            throw new DefinitionException(where, "'delivery.smtp' needs a 'host'.");
        if (smtp.Port is < 1 or > 65535)
            throw new DefinitionException(where, $"'delivery.smtp.port' {smtp.Port} is not a port (1–65535).") { Key = "port" };
        if (!SmtpSecurity.All.Contains(smtp.Security))
            throw new DefinitionException(where, $"'delivery.smtp.security' is '{smtp.Security}'; use 'none', 'starttls' (upgrade, usually port 587) or 'tls' (implicit TLS, usually port 465).") { Key = "security" };
        if (smtp.CaFile is not null && smtp.Security == SmtpSecurity.None)
            throw new DefinitionException(where, "'delivery.smtp.ca_file' checks a TLS certificate, but 'security' is 'none'; use 'starttls' or 'tls'.") { Key = "ca_file" };
        if (smtp.PasswordEnv is not null && smtp.User is null)
            throw new DefinitionException(where, "'delivery.smtp.password_env' needs a 'user' to log in as.") { Key = "password_env" };
        if (smtp.PasswordEnv is { } variable && !EnvironmentName().IsMatch(variable))
            throw new DefinitionException(where, $"'delivery.smtp.password_env' must name an environment variable (letters, digits, _), not '{variable}'; the password itself never goes in briefs.yaml.") { Key = "password_env" };
        if (smtp.TimeoutSeconds is < 1 or > 600)
            throw new DefinitionException(where, "'delivery.smtp.timeout_seconds' must be between 1 and 600.") { Key = "timeout_seconds" };
    }

    public static void Validate(EmailDefinition email, string owner)
    {
        foreach (var recipient in (email.To ?? []).Concat(email.Cc ?? []))
            MailAddresses.Parse(recipient.Address, $"{owner}: recipient", recipient.Location ?? email.Location);
        if (email.Body is { } body && (body.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(body) || body.Contains('\\')))
            throw new DefinitionException(email.Location, $"{owner}: 'body' names templates inside templates/ (e.g. `email/body`), not '{body}'.") { Key = "body" };
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex EnvironmentName();
}
