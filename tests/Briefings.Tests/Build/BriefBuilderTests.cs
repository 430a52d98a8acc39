using Briefings.Build;
using Briefings.Composition;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Testing;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Tests.Build;

public sealed class BriefBuilderTests
{
    private static readonly DateOnly Edition = new(2024, 12, 31);

    private static BuildReport Build(BuildFolder folder) =>
        new BriefBuilder(BriefPageStyle.Typesetter(Theme.Default), CorpusOptions.Default)
            .Build(new BriefsFileLoader().Load(folder.BriefsFile), Edition);

    [Fact]
    public void Build_WritesOnePdfPerBrief_WithTitleMarkingAndSources()
    {
        var folder = new BuildFolder();
        var report = Build(folder);

        Assert.False(report.AnyFailed, string.Join("\n", report.Briefs.Select(brief => brief.Error)));
        Assert.True(report.Briefs.Length >= 3);
        var corpus = new CorpusLoader(CorpusOptions.Default).Load(RepositoryRoot.File("seeds"));
        var definitions = new BriefsFileLoader().Load(folder.BriefsFile);
        foreach (var brief in report.Briefs)
        {
            var (exitCode, text) = ExternalTool.Run("pdftotext", brief.OutputPath!, "-");
            Assert.Equal(0, exitCode);
            var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(page => page.Trim().Length > 0).ToList();
            Assert.Equal(brief.Pages, pages.Count);
            Assert.All(pages, page => Assert.Equal(2, Occurrences(page, "UNCLASSIFIED // OPEN SOURCE")));

            var flat = Flatten(text);
            var definition = ((LoadedBrief)definitions.Briefs.Single(entry => entry.Id == brief.Id)).Definition;
            Assert.Contains(Flatten(definition.Title), flat);
            var selected = Briefings.Composition.ArticleSelector.Select(definition.Select, corpus, new Briefings.Analysis.ArticleAnalyzer(corpus.Gazetteer)).Articles;
            Assert.Equal(selected.Length, brief.Articles);
            Assert.All(selected, article => Assert.Contains(Flatten(article.Title), flat));
        }
    }

    [Fact]
    public void Build_TellsEachStepOfEveryBriefItWrites_BeforeItsResult()
    {
        var folder = new BuildFolder();
        var told = new System.Collections.Concurrent.ConcurrentQueue<object>();

        var report = new BriefBuilder(BriefPageStyle.Typesetter(Theme.Default), CorpusOptions.Default)
            .Build(new BriefsFileLoader().Load(folder.BriefsFile), Edition, progress: told.Enqueue, steps: told.Enqueue);

        Assert.NotEmpty(report.Briefs);
        foreach (var brief in report.Briefs)
        {
            var events = told.Where(item => item is BriefStep step ? step.Id == brief.Id : ((BriefResult)item).Id == brief.Id).ToList();
            var steps = events.OfType<BriefStep>().ToList();
            Assert.Equal([BriefStage.Composing, BriefStage.LayingOut, BriefStage.Writing], steps.Select(step => step.Stage));
            Assert.All(steps, step => Assert.Equal(brief.Articles, step.Articles));
            Assert.Equal(brief.Pages, steps[^1].Pages);
            Assert.Same(brief, Assert.IsType<BriefResult>(events[^1]));
        }
    }

    [Fact]
    public void Build_WritesPdfsThatQpdfAcceptsAndThatEmbedTheirFonts()
    {
        var report = Build(new BuildFolder());

        foreach (var brief in report.Briefs)
        {
            var (checkCode, checkOutput) = ExternalTool.Run("qpdf", "--check", brief.OutputPath!);
            Assert.True(checkCode == 0, checkOutput);
            var (_, fonts) = ExternalTool.Run("pdffonts", brief.OutputPath!);
            var rows = fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, row => Assert.Matches(@"\byes\s+yes\s+yes\b", row));
        }
    }

    [Fact]
    public void Build_GivesByteIdenticalPdfs_WhenRunTwice()
    {
        var folder = new BuildFolder();
        var first = Build(folder).Briefs.ToDictionary(brief => brief.Id, brief => File.ReadAllBytes(brief.OutputPath!));
        var second = Build(folder).Briefs.ToDictionary(brief => brief.Id, brief => File.ReadAllBytes(brief.OutputPath!));

        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, pair => Assert.Equal(pair.Value, second[pair.Key]));
    }

    [Fact]
    public void Build_FailsOnlyTheBrokenBriefs_AndWritesNoPdfForThem()
    {
        var folder = new BuildFolder("""
            seeds: seeds
            briefs:
              - id: typo
                title: Typo
                select: { ids: [stanikzai-calls-for-regional-unity-against-west] }
                sectons: [sources]
              - id: unknown-article
                title: Unknown article
                select:
                  ids:
                    - no-such-article
                sections: [sources]
              - id: healthy
                title: Healthy
                select: { ids: [stanikzai-calls-for-regional-unity-against-west] }
                sections: [summary, sources]
            """);

        var report = Build(folder);

        Assert.Equal([BriefStatus.Failed, BriefStatus.Failed, BriefStatus.Built], report.Briefs.Select(brief => brief.Status));
        Assert.StartsWith("briefs.yaml:6:5: unknown key 'sectons'", report.Briefs[0].Error);
        Assert.StartsWith("briefs.yaml:11:11: no article has the id 'no-such-article'", report.Briefs[1].Error);
        Assert.False(File.Exists(folder.Output("typo.pdf")));
        Assert.False(File.Exists(folder.Output("unknown-article.pdf")));
        Assert.True(File.Exists(folder.Output("healthy.pdf")));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(folder.Root, "out"), "*.tmp"));
    }

    [Fact]
    public void Build_FailsTheBriefsUsingABrokenSectionTemplate_WithTheTemplateFileAndLine()
    {
        var folder = new BuildFolder("""
            seeds: seeds
            briefs:
              - id: uses-summary
                title: Uses summary
                select: { ids: [stanikzai-calls-for-regional-unity-against-west] }
                sections: [summary, sources]
              - id: sources-only
                title: Sources only
                select: { ids: [stanikzai-calls-for-regional-unity-against-west] }
                sections: [sources]
            """);
        File.WriteAllText(Path.Combine(folder.Root, "templates", "sections", "summary.md.scriban"), "## {{ title }}\n\n{{ for point in data.points }}- {{ point.text }}{{ end }}\n\n{{ end }}\n");

        var report = Build(folder);

        Assert.Equal(BriefStatus.Failed, report.Briefs[0].Status);
        Assert.StartsWith("templates/sections/summary.md.scriban:5:6: Error while parsing ScriptPage: Found <end> statement without a corresponding beginning of a block", report.Briefs[0].Error);
        Assert.Equal(BriefStatus.Built, report.Briefs[1].Status);
    }

    [Fact]
    public void Build_PlacesTemplateImages_FromTheTemplatesFolder_AndWarnsOfOnesOutsideIt()
    {
        var folder = new BuildFolder("""
            seeds: seeds
            briefs:
              - id: with-seal
                title: With seal
                select: { ids: [stanikzai-calls-for-regional-unity-against-west] }
                sections: [sources]
            """);
        File.Copy(RepositoryRoot.File("tests", "Briefings.Typesetting.Tests", "Fixtures", "banner.jpg"), Path.Combine(folder.Root, "templates", "seal.jpg"));
        var template = Path.Combine(folder.Root, "templates", "brief.md.scriban");
        File.AppendAllText(template, "\n![Agency seal](seal.jpg)\n\n![Stolen](../briefs.yaml)\n");

        var brief = Assert.Single(Build(folder).Briefs);

        Assert.Equal(BriefStatus.Built, brief.Status);
        var (exitCode, images) = ExternalTool.Run("pdfimages", "-list", brief.OutputPath!);
        Assert.Equal(0, exitCode);
        Assert.Single(images.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2));
        var warning = Assert.Single(brief.Warnings);
        Assert.Contains("'../briefs.yaml'", warning, StringComparison.Ordinal);
        Assert.Contains("outside the document's folder", warning, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string value) => text.Split(value).Length - 1;

    /// <summary>The words of a text, single-spaced; quotes read as typed, since the PDF sets them curly (smart punctuation).</summary>
    private static string Flatten(string text) =>
        string.Join(" ", text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries))
            .Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');
}
