using System.Security.Cryptography;
using System.Text;
using Briefings.Foundation.Files;

namespace Briefings.Common;

/// <summary>SHA-256 content hashes as lower-case hex, the one hash of fingerprints and the manifest.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>The hash of a file the program trusts (its own assemblies).</summary>
    public static string OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The hash of a file the user names (briefs.yaml), wherever its links lead, or null when it is not a readable regular file.</summary>
    public static string? OfFileIfReadable(string path) =>
        FileStatus.Of(path) is (FileKind.Regular, var length) && FileStatus.RealPath(path) is { } real ? Of(new ConfinedFile(Path.GetFileName(path), real, length)) : null;

    /// <summary>Most bytes of one file that are hashed; past it, its size and time stand for the rest.</summary>
    public const long MaxHashedBytes = 64L * 1024 * 1024;

    /// <summary>
    /// The hash of a regular file found inside its folder: of its content when it is no larger than
    /// <see cref="MaxHashedBytes"/>, else of its size, time and first bytes, so the hash is bounded
    /// even for a file that keeps growing.
    /// </summary>
    public static string? Of(ConfinedFile file)
    {
        try
        {
            using var stream = new FileStream(file.RealPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 16];
            long total = 0;
            int read;
            while (total < MaxHashedBytes && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, MaxHashedBytes - total))) > 0)
            {
                hash.AppendData(buffer, 0, read);
                total += read;
            }
            if (total >= MaxHashedBytes)
                hash.AppendData(Encoding.UTF8.GetBytes($"\0{file.Length}\0{File.GetLastWriteTimeUtc(file.RealPath):O}"));
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The hash of the file at <paramref name="path"/> inside <paramref name="folder"/>, or null when
    /// it does not exist, cannot be read, is not a regular file or is a link leading out of the folder.
    /// </summary>
    public static string? OfFileIfReadable(string folder, string path) =>
        ConfinedFile.Resolve(folder, path).File is { } file ? Of(file) : null;
}
