using Briefings.Analysis;
using Briefings.Composition;
using Briefings.Composition.Templates;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Testing;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Tests.Build;

/// <summary>Snapshots of each brief of briefs.yaml: the Markdown its template produces and its laid-out pages.</summary>
public sealed class BriefSnapshotTests
{
    private static readonly BriefsFile File = new BriefsFileLoader().Load(RepositoryRoot.File("briefs.yaml"));
    private static readonly ArticleCorpus Corpus = new CorpusLoader(CorpusOptions.Default).Load(RepositoryRoot.File("seeds"));
    private static readonly BriefComposer Composer = new(TemplateSet.Load(RepositoryRoot.File("templates")), new ArticleAnalyzer(Corpus.Gazetteer));

    public static TheoryData<string> BriefIds => [.. File.Briefs.Select(entry => entry.Id)];

    private static ComposedBrief Compose(string id) =>
        Composer.Compose(((LoadedBrief)File.Briefs.Single(entry => entry.Id == id)).Definition, File.Defaults, Corpus, new DateOnly(2024, 12, 31));

    [Theory]
    [MemberData(nameof(BriefIds))]
    public void Compose_ProducesTheVerifiedMarkdown(string id) =>
        Snapshot.Verify(Compose(id).Markdown, $"BriefMarkdown.{id}", "md");

    [Theory]
    [MemberData(nameof(BriefIds))]
    public void Typeset_ProducesTheVerifiedPageLayout(string id) =>
        Snapshot.Verify(FrameDump.Write(BriefPageStyle.Typesetter(Theme.Default).Typeset(Compose(id).Markdown).Pages), $"BriefPages.{id}");
}
