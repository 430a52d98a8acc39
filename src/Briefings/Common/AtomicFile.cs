namespace Briefings.Common;

/// <summary>
/// Writes a file so that readers only ever see the old complete file or the new complete one:
/// write a temporary file in the same folder, flush it to disk, then rename it over the target.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, ReadOnlySpan<byte> bytes) =>
        Write(path, bytes, temporary => new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None));

    /// <param name="create">Opens the temporary file (tests pass a stream that fails like a full disk).</param>
    public static void Write(string path, ReadOnlySpan<byte> bytes, Func<string, Stream> create)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}{Suffix}");
        try
        {
            using (var stream = create(temporary))
            {
                stream.Write(bytes);
                if (stream is FileStream file)
                    file.Flush(flushToDisk: true);
                else
                    stream.Flush();
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }

    private const string Suffix = ".tmp";

    /// <summary>
    /// Deletes the temporary files that a killed process left under a folder: ours by their name
    /// (<c>.name.pid.guid.tmp</c>), and only those of a process that is no longer running.
    /// </summary>
    public static void RemoveAbandoned(string folder)
    {
        if (!Directory.Exists(folder))
            return;
        foreach (var path in Directory.EnumerateFiles(folder, "." + "*" + Suffix, SearchOption.AllDirectories))
        {
            var parts = Path.GetFileName(path).Split('.');
            if (parts.Length < 5 || !int.TryParse(parts[^3], out var pid) || parts[^2].Length != 32 || IsRunning(pid))
                continue;
            try
            {
                File.Delete(path);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // Left for the next build; it is never read as output.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
