using System.Text;
using Briefings.Corpus;
using Briefings.Testing;
using Briefings.Tests.Build;
using Xunit;

namespace Briefings.Tests.Reliability;

/// <summary>
/// Hostile seed files: each is loaded or skipped with a warning naming it, never a crash or a hang,
/// and what loads is built into a brief whose PDF still holds its words.
/// </summary>
public sealed class HostileSeedTests
{
    private const string Briefs = """
        seeds: hostile-seeds
        briefs:
          - id: hostile
            title: Hostile seeds
            select: { keywords: { all: [sentinel] } }
            sections: [summary, quotes, timeline, entities, sources]
        """;

    private static string Article(string title, string body) => $"{title}\n\nBy A. Reporter\n\n{body}\n\n{title}\nread more\n";

    /// <summary>Writes the hostile files into a fresh project's own seed folder.</summary>
    private static BuildFolder Project()
    {
        var folder = new BuildFolder(Briefs);
        var seeds = Path.Combine(folder.Root, "hostile-seeds");
        Directory.CreateDirectory(seeds);
        void Text(string name, string text) => File.WriteAllText(Path.Combine(seeds, name), text, new UTF8Encoding(false));
        void Bytes(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(seeds, name), bytes);

        Bytes("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        Bytes("latin1.txt", Encoding.Latin1.GetBytes(Article("Caf\u00e9 report", "A caf\u00e9 sentinel paragraph.")));
        Bytes("nul.txt", Encoding.UTF8.GetBytes(Article("Nul report", "A sentinel\0 with a NUL byte.")));
        Text("crlf.txt", Article("Windows line endings report", "The sentinel uses CRLF line endings throughout the file.").Replace("\n", "\r\n", StringComparison.Ordinal));
        Text("cr.txt", Article("Old Mac line endings report", "The sentinel uses bare CR line endings throughout the file.").Replace("\n", "\r", StringComparison.Ordinal));
        Text("bom.txt", "\uFEFF" + Article("Byte order mark report", "The sentinel file starts with a byte order mark."));
        Text("rtl.txt", Article("Right to left override report", "The sentinel \u202Ehidden\u202C text and zero\u200Bwidth\u200D joiners\u2060 stay readable."));
        Text("emoji.txt", Article("Emoji report", "The sentinel flag \U0001F1F5\U0001F1F8 and a smile \U0001F600 have no glyph in the bundled fonts."));
        Text("long-line.txt", Article("A very long line report", "The sentinel line " + string.Join(" ", Enumerable.Repeat("word", 200_000)) + " ends here."));
        using (var huge = File.Create(Path.Combine(seeds, "huge.txt")))
            huge.SetLength(50L * 1024 * 1024);
        return folder;
    }

    [Fact]
    public void Build_SkipsWhatCannotBeRead_AndBuildsTheRest_WithEveryWordInThePdf()
    {
        var folder = Project();

        var run = BriefingsRun.Build(folder);

        Assert.True(run.ExitCode == 0, run.Error);
        foreach (var skipped in new[] { "binary.txt:", "latin1.txt:", "nul.txt:", "huge.txt:" })
            Assert.Contains(run.Error.Split('\n'), line => line.StartsWith("briefings: " + skipped, StringComparison.Ordinal) && line.Contains("skipped", StringComparison.Ordinal));
        Assert.Contains("hostile", run.Output);
        Assert.Empty(run.ChangedOutsideOut);

        var (exitCode, text) = ExternalTool.Run("pdftotext", folder.Output("hostile.pdf"), "-");
        Assert.Equal(0, exitCode);
        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries));
        foreach (var title in new[] { "Windows line endings report", "Old Mac line endings report", "Byte order mark report", "Right to left override report", "Emoji report", "A very long line report" })
            Assert.Contains(title, flat);
        Assert.Contains("hidden", flat);
    }

    [Fact]
    public void Load_ReadsAHundredThousandTinyFiles_OneArticleEach()
    {
        var seeds = Directory.CreateTempSubdirectory("tiny-").FullName;
        for (var i = 0; i < 100_000; i++)
        {
            var folder = Path.Combine(seeds, (i / 1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
            if (i % 1000 == 0)
                Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, $"{i:D6}.txt"), $"Tiny report {i}\n\nOne sentence number {i}.\n");
        }

        var corpus = new CorpusLoader(CorpusOptions.Default).Load(seeds);

        Assert.Equal(100_000, corpus.Articles.Length);
        Assert.Empty(corpus.Warnings);
        Assert.Equal(100_000, corpus.Articles.Select(article => article.Id).Distinct().Count());
    }
}
