using Briefings.Build;
using Xunit;

namespace Briefings.Tests.Build;

/// <summary>Builds do only the work a change requires: the fingerprint and manifest rules, on a scratch copy of the project.</summary>
public sealed class IncrementalBuildTests
{
    private static BuildReport Build(BuildFolder folder, BuildOptions? options = null) => folder.BuildInProcess(options);

    private static Dictionary<string, BriefStatus> Statuses(BuildReport report) =>
        report.Briefs.ToDictionary(brief => brief.Id, brief => brief.Status);

    private static Dictionary<string, byte[]> Pdfs(BuildFolder folder) =>
        Directory.EnumerateFiles(Path.Combine(folder.Root, "out"), "*.pdf").ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes);

    [Fact]
    public void Build_RebuildsNothing_AndKeepsTheBytes_WhenNothingChanged()
    {
        var folder = new BuildFolder(ownSeeds: true);
        Assert.All(Build(folder).Briefs, brief => Assert.Equal(BriefStatus.Built, brief.Status));
        var before = Pdfs(folder);
        var times = before.Keys.ToDictionary(name => name, name => File.GetLastWriteTimeUtc(folder.Output(name)));

        var again = Build(folder);

        Assert.All(again.Briefs, brief => Assert.Equal(BriefStatus.Unchanged, brief.Status));
        Assert.Equal(before, Pdfs(folder));
        Assert.All(times, pair => Assert.Equal(pair.Value, File.GetLastWriteTimeUtc(folder.Output(pair.Key))));
    }

    [Fact]
    public void Build_RebuildsOnlyTheBriefsSelectingASeed_WhenThatSeedIsEdited()
    {
        var folder = new BuildFolder(ownSeeds: true);
        Build(folder);
        var seed = folder.EditSeed("003_1383fc75b628ea80.txt", "Details of this conversation were not disclosed.", "Details of this call were not disclosed.");

        var statuses = Statuses(Build(folder));

        Assert.Equal(BriefStatus.Built, statuses["emirate-and-hamas"]);
        Assert.Equal(BriefStatus.Unchanged, statuses["taliban-and-al-qaeda"]);
        Assert.Equal(BriefStatus.Unchanged, statuses["regional-relations"]);
    }

    [Fact]
    public void Build_RebuildsTheBriefThatNowMatches_WhenASeedIsAdded()
    {
        var folder = new BuildFolder(ownSeeds: true);
        Build(folder);
        File.WriteAllText(folder.Seed("900_new.txt"), """
            New report on al-Qaeda in Kunduz

            By A. Reporter

            Officials said that al-Qaeda trainers had been seen in Kunduz in March 2024, according to local elders.

            New report on al-Qaeda in Kunduz
            read more
            """);

        var report = Build(folder);
        var statuses = Statuses(report);

        Assert.Equal(BriefStatus.Built, statuses["taliban-and-al-qaeda"]);
        Assert.Equal(3, report.Briefs.Single(brief => brief.Id == "taliban-and-al-qaeda").Articles);
        Assert.Equal(BriefStatus.Unchanged, statuses["emirate-and-hamas"]);
        Assert.Equal(BriefStatus.Unchanged, statuses["regional-relations"]);
    }

    [Fact]
    public void Build_RebuildsTheBriefsUsingATemplate_WhenItIsEdited()
    {
        var folder = new BuildFolder("""
            seeds: seeds
            briefs:
              - id: with-quotes
                title: With quotes
                select: { mentions: [Hamas] }
                sections: [summary, quotes, sources]
              - id: without-quotes
                title: Without quotes
                select: { mentions: [al-Qaeda] }
                sections: [summary, sources]
            """, ownSeeds: true);
        Build(folder);
        File.AppendAllText(folder.Template("sections/quotes.md.scriban"), "\n_Quotations are as reported._\n");

        var statuses = Statuses(Build(folder));

        Assert.Equal(BriefStatus.Built, statuses["with-quotes"]);
        Assert.Equal(BriefStatus.Unchanged, statuses["without-quotes"]);
    }

    [Fact]
    public void Build_RebuildsEveryBrief_WhenTheThemeChanges_OrWhenForced()
    {
        var folder = new BuildFolder(ownSeeds: true);
        Build(folder);

        Assert.All(Build(folder, BuildOptions.Default with { Force = true }).Briefs, brief => Assert.Equal(BriefStatus.Built, brief.Status));
        var theme = folder.Template("theme.yaml");
        File.WriteAllText(theme, File.ReadAllText(theme).Replace("zebra: true", "zebra: false", StringComparison.Ordinal));
        Assert.All(Build(folder).Briefs, brief => Assert.Equal(BriefStatus.Built, brief.Status));
    }

    [Fact]
    public void Build_RepairsAMissingOrAlteredPdf_AndAnUnreadableManifest()
    {
        var folder = new BuildFolder(ownSeeds: true);
        Build(folder);
        var good = Pdfs(folder);
        File.Delete(folder.Output("emirate-and-hamas.pdf"));
        File.WriteAllText(folder.Output("regional-relations.pdf"), "truncated");

        var statuses = Statuses(Build(folder));

        Assert.Equal((BriefStatus.Built, BriefStatus.Unchanged, BriefStatus.Built),
            (statuses["emirate-and-hamas"], statuses["taliban-and-al-qaeda"], statuses["regional-relations"]));
        Assert.Equal(good, Pdfs(folder));

        File.WriteAllText(ManifestStore.PathIn(Path.Combine(folder.Root, "out")), "{ not json");
        Assert.All(Build(folder).Briefs, brief => Assert.Equal(BriefStatus.Built, brief.Status));
        Assert.Equal(good, Pdfs(folder));
    }

    [Fact]
    public void Build_DeletesThePdf_OfABriefRemovedFromTheFile()
    {
        var folder = new BuildFolder(ownSeeds: true);
        Build(folder);
        var yaml = File.ReadAllText(folder.BriefsFile);
        File.WriteAllText(folder.BriefsFile, yaml[..yaml.IndexOf("  - id: regional-relations", StringComparison.Ordinal)]);

        var report = Build(folder);

        var removed = Assert.Single(report.Briefs, brief => brief.Status == BriefStatus.Removed);
        Assert.Equal("regional-relations", removed.Id);
        Assert.False(File.Exists(folder.Output("regional-relations.pdf")));
        Assert.True(File.Exists(folder.Output("emirate-and-hamas.pdf")));
        Assert.DoesNotContain(Build(folder).Briefs, brief => brief.Status == BriefStatus.Removed);
    }

    [Fact]
    public void Build_GivesTheSameBytes_InParallelAsOneAtATime()
    {
        var parallel = new BuildFolder(ownSeeds: true);
        var sequential = new BuildFolder(ownSeeds: true);

        Build(parallel, BuildOptions.Default with { Parallelism = 4 });
        Build(sequential, BuildOptions.Default with { Parallelism = 1 });

        Assert.Equal(Pdfs(sequential), Pdfs(parallel));
    }

    [Fact]
    public void Build_ReportsAFailedBriefAgain_AndKeepsItsOldPdf()
    {
        var folder = new BuildFolder(ownSeeds: true);
        Build(folder);
        var old = File.ReadAllBytes(folder.Output("emirate-and-hamas.pdf"));
        File.WriteAllText(folder.Template("sections/summary.md.scriban"), "## {{title}\n");

        for (var round = 0; round < 2; round++)
        {
            var statuses = Statuses(Build(folder));
            Assert.Equal(BriefStatus.Failed, statuses["emirate-and-hamas"]);
            Assert.Equal(old, File.ReadAllBytes(folder.Output("emirate-and-hamas.pdf")));
        }
    }
}
