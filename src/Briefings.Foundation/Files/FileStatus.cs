using System.Runtime.InteropServices;

namespace Briefings.Foundation.Files;

/// <summary>
/// The kind and size of a file after following its links, and a path's real location with every link
/// resolved. .NET tells a FIFO or a device from a regular file only once it has opened it, and opening
/// a FIFO blocks until someone writes to it, so on Linux these come from <c>statx</c> and <c>realpath</c>.
/// Elsewhere they fall back to what .NET reports (links then resolve only at the last step).
/// </summary>
public static partial class FileStatus
{
    public static (FileKind Kind, long Length) Of(string path)
    {
        if (!OperatingSystem.IsLinux())
            return File.Exists(path) ? (FileKind.Regular, new FileInfo(path).Length) : (Directory.Exists(path) ? FileKind.Directory : FileKind.Missing, 0);
        // struct statx is the same on every Linux architecture: stx_mode (u16) at 28, stx_size (u64) at 40.
        var buffer = new byte[256];
        if (Statx(AtCurrentFolder, path, 0, StatxTypeAndSize, buffer) != 0)
            return (FileKind.Missing, 0);
        var mode = BitConverter.ToUInt16(buffer, 28) & 0xF000;
        var kind = mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        return (kind, BitConverter.ToInt64(buffer, 40));
    }

    /// <summary>The absolute path with every link on the way resolved, or null when some part of it does not exist.</summary>
    public static string? RealPath(string path)
    {
        if (!OperatingSystem.IsLinux())
            return Path.Exists(path) ? Path.GetFullPath(path) : null;
        var resolved = RealPath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
            return null;
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            // realpath allocates with malloc; on Unix FreeHGlobal is free().
            Marshal.FreeHGlobal(resolved);
        }
    }

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a folder",
        FileKind.Missing => "missing",
        _ => "not a regular file",
    };

    private const int AtCurrentFolder = -100;
    private const uint StatxTypeAndSize = 0x1 | 0x200;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static extern IntPtr RealPath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);
}
