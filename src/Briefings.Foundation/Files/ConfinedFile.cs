namespace Briefings.Foundation.Files;

/// <summary>
/// A regular file found inside a folder the program reads (seeds, templates, output), its links
/// resolved and its real location checked to be inside that folder's real location.
/// <see cref="Name"/> is the path relative to the folder as the user wrote it (for messages),
/// <see cref="RealPath"/> where it really is, <see cref="Length"/> the size of what it points at.
/// </summary>
public sealed record ConfinedFile(string Name, string RealPath, long Length)
{
    /// <summary>
    /// The file at <paramref name="path"/> if it is a regular file whose real location is inside
    /// <paramref name="root"/>'s, else null and why not, as a phrase ("a FIFO (named pipe)").
    /// </summary>
    public static (ConfinedFile? File, string? Problem) Resolve(string root, string path)
    {
        var realRoot = FileStatus.RealPath(root);
        if (realRoot is null)
            return (null, "its folder does not exist");
        var real = FileStatus.RealPath(path);
        var name = Path.GetRelativePath(root, path).Replace('\\', '/');
        if (real is null)
            return (null, File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is null ? "it does not exist" : "it is a link to a file that does not exist");
        if (!IsInside(realRoot, real))
            return (null, $"it is a link to {real}, outside {FolderName(root)}/");
        var (kind, length) = FileStatus.Of(real);
        if (kind != FileKind.Regular)
            return (null, $"it is {FileStatus.Describe(kind)}, not a regular file");
        return (new ConfinedFile(name, real, length), null);
    }

    /// <summary>The folder's own name, as messages give it ("outside seeds/").</summary>
    public static string FolderName(string root) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)));

    public static bool IsInside(string realRoot, string realPath) =>
        realPath == realRoot || realPath.StartsWith(Path.TrimEndingDirectorySeparator(realRoot) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// Reads the file, at most <paramref name="maxBytes"/>: a file that has grown past that since it
    /// was found is refused (IOException) rather than read without end.
    /// </summary>
    public byte[] ReadAllBytes(long maxBytes)
    {
        using var stream = new FileStream(RealPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        var buffer = new MemoryStream((int)Math.Min(Math.Max(Length, 0), maxBytes));
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw new IOException($"{Name} is larger than {maxBytes / 1_048_576.0:0.#} MB.");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
