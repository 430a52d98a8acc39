using System.Security.Cryptography;
using System.Text;

namespace Briefings.Build;

/// <summary>
/// Accumulates named parts into one SHA-256 fingerprint. Each part is written as its name, its
/// length and its text, so that no two different lists of parts can give the same stream.
/// </summary>
public sealed class FingerprintBuilder
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public FingerprintBuilder Add(string name, string? value)
    {
        var text = value ?? "\0null";
        _hash.AppendData(Encoding.UTF8.GetBytes($"{name}\n{text.Length}\n{text}\n"));
        return this;
    }

    public string Build() => Convert.ToHexStringLower(_hash.GetHashAndReset());
}
