using System.Security.Cryptography;
using System.Text;

namespace Briefings.Build;

/// <summary>SHA-256 content hashes as lower-case hex, the one hash of fingerprints and the manifest.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    public static string OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The hash of a file, or null when it does not exist or cannot be read.</summary>
    public static string? OfFileIfReadable(string path)
    {
        try
        {
            return File.Exists(path) ? OfFile(path) : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
