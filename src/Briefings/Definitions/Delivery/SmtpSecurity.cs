namespace Briefings.Definitions.Delivery;

/// <summary>The <c>security</c> values an SMTP server may have.</summary>
public static class SmtpSecurity
{
    public const string None = "none";
    public const string StartTls = "starttls";
    public const string Tls = "tls";

    public static readonly string[] All = [None, StartTls, Tls];
}
