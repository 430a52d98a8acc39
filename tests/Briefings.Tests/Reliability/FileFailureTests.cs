using System.Diagnostics;
using Briefings.Common;
using Briefings.Tests.Build;
using Xunit;

namespace Briefings.Tests.Reliability;

/// <summary>
/// Files that cannot be written: an output folder that is a file, a PDF path taken by a folder, a
/// full disk. Each is a clear error naming the file; previous outputs stay intact and no temporary
/// file is left. (A process killed mid-build: see KillDuringBuildTests.)
/// </summary>
public sealed class FileFailureTests
{
    [Fact]
    public void Build_FailsEveryBriefClearly_WhenTheOutputFolderIsAFile()
    {
        var folder = new BuildFolder();
        File.WriteAllText(Path.Combine(folder.Root, "out"), "not a folder");

        var run = BriefingsRun.Build(folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, run.Error.Split('\n').Count(line => line.StartsWith("failed", StringComparison.Ordinal) && line.Contains("out/", StringComparison.Ordinal) && line.Contains("could not be written", StringComparison.Ordinal)));
        Assert.Equal("not a folder", File.ReadAllText(Path.Combine(folder.Root, "out")));
    }

    [Fact]
    public void Build_FailsOneBrief_WhenItsPdfPathIsTakenByAFolder_AndBuildsTheOthers()
    {
        var folder = new BuildFolder();
        Directory.CreateDirectory(folder.Output("emirate-and-hamas.pdf"));

        var run = BriefingsRun.Build(folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("failed  emirate-and-hamas  out/emirate-and-hamas.pdf: the PDF could not be written", run.Error);
        Assert.Contains("built     regional-relations", run.Output);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(folder.Root, "out"), "*.tmp", SearchOption.AllDirectories));
    }

    /// <summary>A stream that takes so many bytes and then fails as a full disk does.</summary>
    private sealed class FullDisk(Stream inner, long room) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (inner.Length + buffer.Length > room)
                throw new IOException("No space left on device");
            inner.Write(buffer);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }

    [Fact]
    public void Write_LeavesThePreviousFileWhole_AndNoTemporaryFile_WhenTheDiskIsFull()
    {
        var folder = Directory.CreateTempSubdirectory("full-").FullName;
        var path = Path.Combine(folder, "brief.pdf");
        File.WriteAllText(path, "the previous complete PDF");

        var error = Assert.Throws<IOException>(() => AtomicFile.Write(path, new byte[100_000], temporary => new FullDisk(File.Create(temporary), 64 * 1024)));

        Assert.Contains("No space left on device", error.Message);
        Assert.Equal("the previous complete PDF", File.ReadAllText(path));
        Assert.Equal(["brief.pdf"], Directory.EnumerateFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Build_KeepsThePreviousPdfs_OnARealFullDisk()
    {
        var folder = new BuildFolder();
        var output = Path.Combine(folder.Root, "out");
        Directory.CreateDirectory(output);
        if (!RunQuietly("mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", output))
            Assert.Skip("this machine does not let the tests mount a small tmpfs (needs root); the simulated full disk above still runs.");
        try
        {
            File.WriteAllText(Path.Combine(output, "emirate-and-hamas.pdf"), "the previous complete PDF");

            var run = BriefingsRun.Build(folder);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("No space left on device", run.Error);
            Assert.Equal("the previous complete PDF", File.ReadAllText(Path.Combine(output, "emirate-and-hamas.pdf")));
            Assert.Empty(Directory.EnumerateFiles(output, "*.tmp"));
        }
        finally
        {
            RunQuietly("umount", output);
        }
    }

    private static bool RunQuietly(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
