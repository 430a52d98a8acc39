using System.Security.Cryptography;

namespace Briefings.Cache;

/// <summary>
/// A cached value as stored: the SHA-256 of its bytes, then the bytes. SQLite notices a damaged page
/// structure, not a changed byte inside a value; the seal does, so a damaged value is never trusted.
/// </summary>
internal static class SealedBlob
{
    private const int SealLength = SHA256.HashSizeInBytes;

    public static byte[] Seal(ReadOnlySpan<byte> value)
    {
        var blob = new byte[SealLength + value.Length];
        SHA256.HashData(value, blob.AsSpan(0, SealLength));
        value.CopyTo(blob.AsSpan(SealLength));
        return blob;
    }

    /// <summary>The value inside the blob, or null when it does not match its seal.</summary>
    public static ReadOnlyMemory<byte>? Open(byte[] blob)
    {
        if (blob.Length < SealLength)
            return null;
        Span<byte> hash = stackalloc byte[SealLength];
        SHA256.HashData(blob.AsSpan(SealLength), hash);
        if (!hash.SequenceEqual(blob.AsSpan(0, SealLength)))
            return null;
        return blob.AsMemory(SealLength);
    }
}
