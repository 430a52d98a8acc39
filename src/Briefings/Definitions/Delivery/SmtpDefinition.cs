using Briefings.Common;

namespace Briefings.Definitions.Delivery;

/// <summary>An SMTP server. The password is never written in YAML: <see cref="PasswordEnv"/> names the environment variable that holds it.</summary>
public sealed record SmtpDefinition : ILocated
{
    public string Host { get; init; } = "";

    /// <summary>The port as written; <see cref="EffectivePort"/> supplies the default of the security mode.</summary>
    public int? Port { get; init; }

    /// <summary><c>none</c> (plain), <c>starttls</c> (upgrade a plain connection; required) or <c>tls</c> (implicit TLS, usually port 465).</summary>
    public string Security { get; init; } = SmtpSecurity.None;

    /// <summary>A PEM file of the private authority that signed the server's certificate (relative to briefs.yaml); without it the system's roots decide.</summary>
    public string? CaFile { get; init; }

    public string? User { get; init; }
    public string? PasswordEnv { get; init; }

    /// <summary>How long one brief's delivery may take, every attempt and wait included.</summary>
    public int TimeoutSeconds { get; init; } = 30;

    public SourceLocation? Location { get; init; }

    public int EffectivePort => Port ?? (Security == SmtpSecurity.Tls ? 465 : 25);

    public object WithLocation(SourceLocation location) => this with { Location = location };
}
