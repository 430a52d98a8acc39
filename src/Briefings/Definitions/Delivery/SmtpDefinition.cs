namespace Briefings.Definitions.Delivery;

/// <summary>An SMTP server. The password is never written in YAML: <see cref="PasswordEnv"/> names the environment variable that holds it.</summary>
public sealed record SmtpDefinition : ILocated
{
    public string Host { get; init; } = "";
    public int Port { get; init; } = 25;

    /// <summary><c>none</c> or <c>starttls</c>. System.Net.Mail has no implicit TLS (port 465), so <c>tls</c> is refused.</summary>
    public string Security { get; init; } = SmtpSecurity.None;

    public string? User { get; init; }
    public string? PasswordEnv { get; init; }
    public int TimeoutSeconds { get; init; } = 30;

    public SourceLocation? Location { get; init; }

    public object WithLocation(SourceLocation location) => this with { Location = location };
}

/// <summary>The <c>security</c> values an SMTP server may have.</summary>
public static class SmtpSecurity
{
    public const string None = "none";
    public const string StartTls = "starttls";
}
