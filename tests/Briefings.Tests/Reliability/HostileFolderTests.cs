using System.Diagnostics;
using System.Text.Json.Nodes;
using Briefings.Testing;
using Briefings.Tests.Build;
using Xunit;

namespace Briefings.Tests.Reliability;

/// <summary>
/// FIFOs, devices, link loops and links out of the project's folders, and a hand-edited manifest:
/// the built program never hangs on them, never reads or writes through them, and never deletes what
/// is not a brief's PDF inside out/. Linux only (FIFOs and links are made with mkfifo and symlink).
/// </summary>
public sealed class HostileFolderTests
{
    /// <summary>A word only the files outside the project hold: it must never reach a PDF.</summary>
    private const string Secret = "Quetzalcoatlsecret";

    private static string Outside(string name, string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("outside-").FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static string PdfText(string path)
    {
        var (exitCode, text) = ExternalTool.Run("pdftotext", path, "-");
        Assert.Equal(0, exitCode);
        return text;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Build_SkipsSpecialFilesLoopsAndLinksOut_WhenTheProjectFoldersHoldThem()
    {
        var folder = new BuildFolder(ownSeeds: true);
        MakeFifo(folder.Seed("p.dat"));
        MakeFifo(folder.Seed("q.txt"));
        MakeFifo(folder.Template("p.png"));
        File.CreateSymbolicLink(folder.Seed("z.txt"), "/dev/zero");
        File.CreateSymbolicLink(folder.Seed("x.txt"), Outside("memo.txt", $"Taliban Hamas memo\n\n{Secret} about Hamas and the Taliban.\n"));
        Directory.CreateSymbolicLink(folder.Seed("self"), ".");
        Directory.CreateSymbolicLink(folder.Seed("up"), "..");
        Directory.CreateDirectory(Path.Combine(folder.Root, "seeds", "store"));
        using (var huge = File.Create(Path.Combine(folder.Root, "seeds", "store", "huge.bin")))
            huge.SetLength(60L * 1024 * 1024);
        File.CreateSymbolicLink(folder.Seed("big.txt"), "store/huge.bin");
        Directory.CreateDirectory(Path.Combine(folder.Root, "out"));
        MakeFifo(folder.Output(".briefings-manifest.json"));

        var run = BriefingsRun.Build(folder);

        Assert.True(run.ExitCode == 0, run.Error);
        var warnings = Lines(run.Error);
        Assert.Contains(warnings, line => line.StartsWith("briefings: q.txt: ", StringComparison.Ordinal) && line.Contains("FIFO", StringComparison.Ordinal));
        Assert.Contains(warnings, line => line.StartsWith("briefings: z.txt: ", StringComparison.Ordinal) && line.Contains("outside seeds/", StringComparison.Ordinal));
        Assert.Contains(warnings, line => line.StartsWith("briefings: x.txt: ", StringComparison.Ordinal) && line.Contains("outside seeds/", StringComparison.Ordinal));
        Assert.Contains(warnings, line => line.StartsWith("briefings: self: ", StringComparison.Ordinal) && line.Contains("already read", StringComparison.Ordinal));
        Assert.Contains(warnings, line => line.StartsWith("briefings: up: ", StringComparison.Ordinal) && line.Contains("outside seeds/", StringComparison.Ordinal));
        Assert.Contains(warnings, line => line.StartsWith("briefings: big.txt: ", StringComparison.Ordinal) && line.Contains("20 MB limit", StringComparison.Ordinal));
        Assert.Contains(warnings, line => line.StartsWith("briefings: .briefings-manifest.json: ", StringComparison.Ordinal) && line.Contains("FIFO", StringComparison.Ordinal));
        // Each article once: the loop did not multiply the corpus.
        Assert.Contains(Lines(run.Output), line => line.StartsWith("built", StringComparison.Ordinal) && line.Contains("emirate-and-hamas", StringComparison.Ordinal) && line.Contains(" 4 articles", StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, PdfText(folder.Output("emirate-and-hamas.pdf")));
        Assert.Equal(Briefings.Foundation.Files.FileKind.Regular, Briefings.Foundation.Files.FileStatus.Of(folder.Output(".briefings-manifest.json")).Kind);
        Assert.Empty(run.ChangedOutsideOut);

        var again = BriefingsRun.Build(folder);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal(3, Lines(again.Output).Count(line => line.StartsWith("unchanged", StringComparison.Ordinal)));
    }

    [Fact]
    public void Email_FailsThatBriefWithoutHanging_WhenAFifoStandsInPlaceOfItsPdf()
    {
        var folder = new BuildFolder();
        Assert.Equal(0, BriefingsRun.Build(folder).ExitCode);
        var pdf = folder.Output("emirate-and-hamas.pdf");
        File.Delete(pdf);
        MakeFifo(pdf);

        var run = BriefingsRun.Run(folder, ["email", folder.BriefsFile]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Lines(run.Error), line => line.Contains("emirate-and-hamas.pdf cannot be read (it is a FIFO (named pipe), not a regular file)", StringComparison.Ordinal));
        // The other briefs are still delivered (to outbox/, as briefs.yaml has no smtp).
        Assert.Equal(2, Directory.GetFiles(Path.Combine(folder.Root, "outbox"), "*.eml").Length);
    }

    [Fact]
    public void Build_FailsTheBriefs_WhenAPartialIsALinkOutOfTemplates()
    {
        var folder = new BuildFolder();
        var partial = folder.Template("sections/sources.md.scriban");
        File.Delete(partial);
        File.CreateSymbolicLink(partial, Outside("passwd", $"root:x:0:0:{Secret}:/root:/bin/bash\n"));

        var run = BriefingsRun.Build(folder);

        Assert.Equal(1, run.ExitCode);
        var failures = Lines(run.Error).Where(line => line.Contains("templates/sections/sources.md.scriban links to a file outside the templates folder", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, failures.Count);
        Assert.False(File.Exists(folder.Output("emirate-and-hamas.pdf")));
    }

    [Fact]
    public void Build_WritesNothingThroughALink_WhenAnOutputFolderLeadsOutOfOut()
    {
        var elsewhere = Directory.CreateTempSubdirectory("elsewhere-").FullName;
        File.WriteAllText(Path.Combine(elsewhere, "emirate.pdf"), Secret);
        var folder = new BuildFolder(File.ReadAllText(RepositoryRoot.File("briefs.yaml")).Replace(
            "  - id: emirate-and-hamas\n", "  - id: emirate-and-hamas\n    output: hamas/emirate.pdf\n", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(folder.Root, "out"));
        Directory.CreateSymbolicLink(folder.Output("hamas"), elsewhere);

        var run = BriefingsRun.Build(folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Lines(run.Error), line => line.Contains("emirate-and-hamas", StringComparison.Ordinal) && line.Contains($"is a link to {elsewhere}, outside out/", StringComparison.Ordinal));
        Assert.Equal(Secret, File.ReadAllText(Path.Combine(elsewhere, "emirate.pdf")));
        Assert.Single(Directory.GetFiles(elsewhere));
        Assert.True(File.Exists(folder.Output("regional-relations.pdf")));
    }

    [Fact]
    public void Build_IgnoresAndNeverDeletes_WhatAHandEditedManifestPointsAtOutsideThePdfs()
    {
        var folder = new BuildFolder();
        Assert.Equal(0, BriefingsRun.Build(folder).ExitCode);
        var memo = Outside("memo.txt", Secret);
        var ledger = folder.Output(".briefings-deliveries.json");
        File.WriteAllText(ledger, "[]");
        var manifest = JsonNode.Parse(File.ReadAllText(folder.Output(".briefings-manifest.json")))!;
        var briefs = manifest["briefs"]!.AsObject();
        var emirate = briefs["emirate-and-hamas"]!;
        emirate["output"] = Path.GetRelativePath(Path.Combine(folder.Root, "out"), memo);
        emirate["sha256"] = Briefings.Common.ContentHash.Of(File.ReadAllBytes(memo));
        emirate["bytes"] = new FileInfo(memo).Length;
        var ghost = emirate.DeepClone();
        ghost["output"] = ".briefings-deliveries.json";
        briefs["ghost"] = ghost;
        File.WriteAllText(folder.Output(".briefings-manifest.json"), manifest.ToJsonString());

        var run = BriefingsRun.Build(folder, "--force");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains(Lines(run.Error), line => line.Contains("'emirate-and-hamas'", StringComparison.Ordinal) && line.Contains("it is ignored", StringComparison.Ordinal));
        Assert.Contains(Lines(run.Error), line => line.Contains("'ghost'", StringComparison.Ordinal) && line.Contains("it is ignored", StringComparison.Ordinal));
        Assert.Contains(Lines(run.Output), line => line.StartsWith("built", StringComparison.Ordinal) && line.Contains("emirate-and-hamas", StringComparison.Ordinal));
        Assert.DoesNotContain(Lines(run.Output), line => line.StartsWith("removed", StringComparison.Ordinal));
        Assert.Equal("[]", File.ReadAllText(ledger));
        Assert.Equal(Secret, File.ReadAllText(memo));
        var rewritten = File.ReadAllText(folder.Output(".briefings-manifest.json"));
        Assert.DoesNotContain("ghost", rewritten);
        Assert.DoesNotContain("memo.txt", rewritten);
    }

    [Fact]
    public void Build_RefusesBothBriefs_WhenTwoWriteTheSameOutput()
    {
        var folder = new BuildFolder(File.ReadAllText(RepositoryRoot.File("briefs.yaml"))
            .Replace("  - id: emirate-and-hamas\n", "  - id: emirate-and-hamas\n    output: shared.pdf\n", StringComparison.Ordinal)
            .Replace("  - id: taliban-and-al-qaeda\n", "  - id: taliban-and-al-qaeda\n    output: Shared.PDF\n", StringComparison.Ordinal));
        var lines = File.ReadAllLines(folder.BriefsFile);
        var first = $"briefs.yaml:{Array.IndexOf(lines, "  - id: emirate-and-hamas") + 1}:5";
        var second = $"briefs.yaml:{Array.IndexOf(lines, "  - id: taliban-and-al-qaeda") + 1}:5";

        var run = BriefingsRun.Build(folder);

        Assert.Equal(2, run.ExitCode);
        var errors = Lines(run.Error);
        Assert.Contains(errors, line => line.Contains("emirate-and-hamas", StringComparison.Ordinal) && line.Contains(first + ": brief 'emirate-and-hamas' writes 'shared.pdf'", StringComparison.Ordinal) && line.Contains(second, StringComparison.Ordinal));
        Assert.Contains(errors, line => line.Contains(second + ": brief 'taliban-and-al-qaeda' writes 'Shared.PDF'", StringComparison.Ordinal) && line.Contains(first, StringComparison.Ordinal));
        Assert.False(File.Exists(folder.Output("shared.pdf")));
        Assert.True(File.Exists(folder.Output("regional-relations.pdf")));
    }

    [Fact]
    public void Build_RemovesTheOldPdf_WhenABriefsOutputChanges()
    {
        var folder = new BuildFolder();
        Assert.Equal(0, BriefingsRun.Build(folder).ExitCode);
        Assert.True(File.Exists(folder.Output("emirate-and-hamas.pdf")));
        File.WriteAllText(folder.BriefsFile, File.ReadAllText(folder.BriefsFile)
            .Replace("  - id: emirate-and-hamas\n", "  - id: emirate-and-hamas\n    output: hamas/emirate.pdf\n", StringComparison.Ordinal));

        var run = BriefingsRun.Build(folder);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(folder.Output("hamas/emirate.pdf")));
        Assert.False(File.Exists(folder.Output("emirate-and-hamas.pdf")));
        Assert.True(File.Exists(folder.Output("regional-relations.pdf")));
    }

    [Fact]
    public void Build_RefusesTheBriefAtItsLine_WhenItsOutputNameIsTooLongForATemporaryFile()
    {
        var name = new string('n', 216) + ".pdf";
        var folder = new BuildFolder(File.ReadAllText(RepositoryRoot.File("briefs.yaml"))
            .Replace("  - id: emirate-and-hamas\n", $"  - id: emirate-and-hamas\n    output: {name}\n", StringComparison.Ordinal));
        var line = Array.IndexOf(File.ReadAllLines(folder.BriefsFile), "  - id: emirate-and-hamas") + 1;

        var run = BriefingsRun.Build(folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(Lines(run.Error), error => error.Contains($"briefs.yaml:{line + 1}:13: brief 'emirate-and-hamas': output path", StringComparison.Ordinal) && error.Contains("220 bytes; the limit is 200", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Root, "out"), "*.tmp", SearchOption.AllDirectories));
        Assert.True(File.Exists(folder.Output("regional-relations.pdf")));
    }

    [Fact]
    public void Build_SaysInOneLine_WhenSourceDateEpochIsOutOfRange()
    {
        var folder = new BuildFolder();

        var run = BriefingsRun.Run(folder, ["build", folder.BriefsFile], new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "99999999999999" });

        Assert.Equal(2, run.ExitCode);
        var error = Assert.Single(Lines(run.Error));
        Assert.StartsWith("briefings: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Root, "out")));
    }

    [Fact]
    public void Build_Finishes_WhenASeedIsOneParagraphOfFiveMegabytes()
    {
        var folder = new BuildFolder("""
            seeds: long-seeds
            briefs:
              - id: long
                title: One long paragraph
                select: { keywords: { any: [Taliban] } }
                sections: [summary, quotes, timeline, entities, sources]
            """);
        var seeds = Directory.CreateDirectory(Path.Combine(folder.Root, "long-seeds")).FullName;
        File.Copy(RepositoryRoot.File("seeds/entities.yaml"), Path.Combine(seeds, "entities.yaml"));
        var paragraph = OneParagraph(5 * 1024 * 1024);
        File.WriteAllText(Path.Combine(seeds, "long.txt"), $"One long paragraph\n\nBy A. Reporter\n\n{paragraph}\n\nOne long paragraph\nread more\n");

        // Generous: about 35 s on a busy 2-core machine in a Debug build; it took 188 s for one megabyte before analysis was made linear.
        var run = BriefingsRun.Run(folder, ["build", folder.BriefsFile], patience: TimeSpan.FromMinutes(3));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains(Lines(run.Output), line => line.StartsWith("built", StringComparison.Ordinal) && line.Contains("long", StringComparison.Ordinal) && line.Contains("1 articles", StringComparison.Ordinal));
        Assert.Contains("One long paragraph", PdfText(folder.Output("long.pdf")));
    }

    /// <summary>The seeds' body paragraphs joined into one paragraph of about <paramref name="bytes"/> bytes, ending at a full stop.</summary>
    internal static string OneParagraph(int bytes)
    {
        var paragraphs = Directory.GetFiles(RepositoryRoot.File("seeds"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(file => File.ReadAllText(file).Split("\n\n"))
            .Select(paragraph => paragraph.Trim().ReplaceLineEndings(" "))
            .Where(paragraph => paragraph.Length > 200);
        var text = string.Join(' ', paragraphs);
        var builder = new System.Text.StringBuilder(bytes + text.Length);
        while (builder.Length < bytes)
            builder.Append(text).Append(' ');
        var whole = builder.ToString(0, bytes);
        return whole[..(whole.LastIndexOf('.') + 1)];
    }
}
