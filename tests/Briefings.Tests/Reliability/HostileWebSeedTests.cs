using System.IO.Compression;
using System.Text;
using Briefings.Testing;
using Briefings.Tests.Build;
using Xunit;

namespace Briefings.Tests.Reliability;

/// <summary>
/// Bad web pages through the built program: each is a warning naming its file (or, where the page can
/// still be read, a warning and its article), never a crash or a hang, and the good pages are built.
/// </summary>
public sealed class HostileWebSeedTests
{
    private const string Briefs = """
        seeds: web-seeds
        briefs:
          - id: web
            title: Hostile pages
            select: { keywords: { all: [sentinel] } }
            sections: [summary, sources]
        """;

    private static string Page(string title, string body, string charset = "utf-8") =>
        $"<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>{title}</title></head><body><article><h1>{title}</h1>" +
        $"<p>{body} The sentinel paragraph is long enough to be read as the body of the article, with a comma, and a full stop.</p></article></body></html>";

    private static byte[] Gzip(byte[] bytes)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize))
            gzip.Write(bytes);
        return packed.ToArray();
    }

    private static BuildFolder Project()
    {
        var folder = new BuildFolder(Briefs);
        var seeds = Path.Combine(folder.Root, "web-seeds");
        Directory.CreateDirectory(seeds);
        void Bytes(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(seeds, name), bytes);

        Bytes("good.html", Encoding.UTF8.GetBytes(Page("A good page", "Nothing is wrong here.")));
        Bytes("not-html.html", Encoding.UTF8.GetBytes("Just a line of text that someone saved with the wrong name.\n"));
        Bytes("binary.htm", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var cut = Encoding.UTF8.GetBytes(Page("A truncated page", "The download stopped in the middle."));
        Bytes("truncated.html", cut[..(cut.Length - 60)]);
        var packed = Gzip(Encoding.UTF8.GetBytes(Page("A packed page", "Packed and then cut.")));
        Bytes("truncated.html.gz", packed[..(packed.Length / 2)]);
        Bytes("bomb.html.gz", Gzip(new byte[50 * 1024 * 1024]));
        using (var huge = File.Create(Path.Combine(seeds, "huge.html")))
            huge.SetLength(50L * 1024 * 1024);
        Bytes("deep.html", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "sentinel</body></html>"));
        Bytes("declares-utf8.html", Encoding.Latin1.GetBytes(Page("A caf\u00e9 page declared UTF-8", "The caf\u00e9 was open.")));
        Bytes("declares-latin1.html", Encoding.UTF8.GetBytes(Page("A na\u00efve page declared Latin-1", "The na\u00efve reader was there.", "iso-8859-1")));
        return folder;
    }

    [Fact]
    public void Build_WarnsNamingEachBadPage_AndBuildsTheReadablePages()
    {
        var folder = Project();

        var run = BriefingsRun.Build(folder, "--json");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        string WarningAbout(string file) =>
            Assert.Single(run.Output.Split('\n'), line => line.Contains($"{file}: warning:", StringComparison.Ordinal));
        Assert.Contains("not HTML", WarningAbout("not-html.html"), StringComparison.Ordinal);
        Assert.Contains("binary", WarningAbout("binary.htm"), StringComparison.Ordinal);
        Assert.Contains("truncated or damaged", WarningAbout("truncated.html.gz"), StringComparison.Ordinal);
        Assert.Contains("unpacks to over 20 MB", WarningAbout("bomb.html.gz"), StringComparison.Ordinal);
        Assert.Contains("over the 20 MB limit", WarningAbout("huge.html"), StringComparison.Ordinal);
        Assert.Contains("more than 1000 deep", WarningAbout("deep.html"), StringComparison.Ordinal);
        Assert.Contains("declares UTF-8 but is not valid UTF-8", WarningAbout("declares-utf8.html"), StringComparison.Ordinal);
        Assert.Contains("declares iso-8859-1 but its bytes are UTF-8", WarningAbout("declares-latin1.html"), StringComparison.Ordinal);
        Assert.Empty(run.ChangedOutsideOut);

        var (exitCode, text) = ExternalTool.Run("pdftotext", folder.Output("web.pdf"), "-");
        Assert.Equal(0, exitCode);
        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries));
        foreach (var title in new[] { "A good page", "A truncated page", "A caf\u00e9 page declared UTF-8", "A na\u00efve page declared Latin-1" })
            Assert.Contains(title, flat);
    }
}
