using Briefings.Definitions;
using Briefings.Inspection;
using Briefings.Testing;
using Briefings.Tests.Build;
using Xunit;

namespace Briefings.Tests.Inspection;

public sealed class CorpusInspectorTests
{
    private static readonly CorpusInspector Seeds = CorpusInspector.Open(RepositoryRoot.File("seeds"));

    [Fact]
    public void Entities_CountsMentionsAcrossArticles_MostMentionedFirst()
    {
        var tally = Seeds.Entities(candidates: 5);

        Assert.Contains(tally.Known, row => row.Name == "Taliban" && row.Kind == "organisation" && row.Articles > 1);
        Assert.Equal(tally.Known.OrderByDescending(row => row.Mentions).Select(row => row.Mentions), tally.Known.Select(row => row.Mentions));
        Assert.All(tally.Known, row => Assert.True(row.Mentions >= row.Articles));
    }

    [Fact]
    public void Entities_ListsAtMostTheCandidatesAsked_WithoutAKind()
    {
        var tally = Seeds.Entities(candidates: 3);

        Assert.Equal(3, tally.Candidates.Length);
        Assert.All(tally.Candidates, row => Assert.Null(row.Kind));
        Assert.DoesNotContain(tally.Candidates, row => tally.Known.Any(known => known.Name == row.Name));
    }

    [Fact]
    public void Explain_RefusesWithTheBriefsOfTheFile_WhenNoBriefHasTheId()
    {
        var folder = new BuildFolder();

        var error = Assert.Throws<DefinitionException>(() => CorpusInspector.Explain(folder.BriefsFile, "no-such-brief", sections: false));

        Assert.Null(error.Location);
        Assert.StartsWith("briefs.yaml has no brief 'no-such-brief'; its briefs are emirate-and-hamas, taliban-and-al-qaeda", error.Message);
    }

    [Fact]
    public void Explain_ThrowsTheBriefsOwnError_WhenTheBriefIsRefused()
    {
        var folder = new BuildFolder("""
            seeds: seeds
            briefs:
              - id: no-title
                select: { tags: [hamas] }
                sections: [sources]
            """);

        var error = Assert.Throws<DefinitionException>(() => CorpusInspector.Explain(folder.BriefsFile, "no-title", sections: false));

        Assert.Contains("needs a 'title'", error.Message);
        Assert.Equal(3L, error.Location?.Line);
    }

    [Fact]
    public void Explain_GivesAReasonForEveryArticle_AndSectionsOnlyWhenAsked()
    {
        var folder = new BuildFolder();

        var plain = CorpusInspector.Explain(folder.BriefsFile, "emirate-and-hamas", sections: false);
        var withSections = CorpusInspector.Explain(folder.BriefsFile, "emirate-and-hamas", sections: true);

        Assert.Equal(Seeds.Corpus.Articles.Length, plain.Reasons.Length);
        Assert.Contains(plain.Reasons, reason => reason.Selected);
        Assert.Empty(plain.Sections);
        Assert.NotEmpty(withSections.Sections);
        Assert.All(withSections.Sections, section => Assert.NotEmpty(section.Choices));
    }
}
