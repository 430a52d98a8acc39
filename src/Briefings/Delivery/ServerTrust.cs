using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Briefings.Delivery;

/// <summary>
/// Decides whether the SMTP server's certificate is trusted: by the system's roots, or, with
/// <c>ca_file</c>, only by the private authority in that PEM file. Either way the name must match the
/// host. It keeps why a certificate was refused, since the TLS error itself only says "refused".
/// </summary>
internal sealed class ServerTrust
{
    private readonly X509Certificate2Collection? _authorities;

    private ServerTrust(X509Certificate2Collection? authorities) => _authorities = authorities;

    /// <summary>Why the last certificate was refused, in a few words; null when it was not.</summary>
    public string? Refusal { get; private set; }

    public static ServerTrust For(string? caFile)
    {
        if (caFile is null)
            return new ServerTrust(null);
        var authorities = new X509Certificate2Collection();
        try
        {
            authorities.ImportFromPemFile(caFile);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new DeliveryException($"{caFile}: 'delivery.smtp.ca_file' cannot be read as PEM certificates ({error.Message.TrimEnd('.')}).", error);
        }
        if (authorities.Count == 0)
            throw new DeliveryException($"{caFile}: 'delivery.smtp.ca_file' holds no certificate.");
        return new ServerTrust(authorities);
    }

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        Refusal = null;
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
            return Refuse("the server sent no certificate");
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
            return Refuse("the server's certificate is for another host name");
        if (_authorities is null)
            return errors == SslPolicyErrors.None || Refuse(Untrusted(chain, "set 'delivery.smtp.ca_file' if a private authority signed it"));
        using var own = new X509Chain();
        own.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        own.ChainPolicy.CustomTrustStore.AddRange(_authorities);
        own.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
            own.ChainPolicy.ExtraStore.AddRange(chain.ChainElements.Select(element => element.Certificate).ToArray());
        return own.Build(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData())) || Refuse(Untrusted(own, "it was not signed by the authority in 'delivery.smtp.ca_file'"));
    }

    private bool Refuse(string why)
    {
        Refusal = why;
        return false;
    }

    private static string Untrusted(X509Chain? chain, string hint)
    {
        var statuses = chain?.ChainStatus.Select(status => status.Status.ToString()).Distinct().ToList() ?? [];
        return $"the server's certificate is not trusted ({(statuses.Count == 0 ? "no chain" : string.Join(", ", statuses))}); {hint}";
    }
}
