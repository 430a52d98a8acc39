using Briefings.Analysis;
using Briefings.Composition;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Testing;
using Xunit;

namespace Briefings.Tests.Composition;

public sealed class ArticleSelectorTests
{
    private static readonly ArticleCorpus Seeds = new CorpusLoader(CorpusOptions.Default).Load(RepositoryRoot.File("seeds"));

    private static ArticleCorpus Corpus => Seeds with
    {
        // Tags and dates as a catalog would give them.
        Articles = [.. Seeds.Articles.Select((article, index) => article with
        {
            Tags = index % 2 == 0 ? ["even"] : ["odd"],
            Date = new DateOnly(2024, 1, 1).AddDays(index * 30),
        })],
    };

    private static List<string> Selected(SelectionDefinition selection)
    {
        var corpus = Corpus;
        return [.. ArticleSelector.Select(selection, corpus, new ArticleAnalyzer(corpus.Gazetteer)).Articles.Select(article => article.Id)];
    }

    [Fact]
    public void Select_ByMentions_KnowsEveryAlias()
    {
        var byCanonical = Selected(new SelectionDefinition { Mentions = ["Sirajuddin Haqqani"] });
        var byVariant = Selected(new SelectionDefinition { Mentions = ["Serajuddin"] });

        Assert.NotEmpty(byCanonical);
        Assert.Equal(byCanonical, byVariant);
        Assert.Contains("birds-of-a-feather-in-ideology-what-is-the-relationship", byCanonical);
    }

    [Fact]
    public void Select_CombinesFilters_AndAddsListedIds()
    {
        var evenAndLate = Selected(new SelectionDefinition { Tags = ["even"], Since = new DateOnly(2024, 6, 1) });
        var withListed = Selected(new SelectionDefinition { Tags = ["even"], Since = new DateOnly(2024, 6, 1), Ids = [new ArticleReference(Corpus.Articles[1].Id, null)] });

        Assert.All(evenAndLate, id => Assert.True(Array.IndexOf([.. Corpus.Articles.Select(article => article.Id)], id) is var index && index % 2 == 0 && index * 30 >= 152));
        Assert.Equal(evenAndLate.Count + 1, withListed.Count);
    }

    [Fact]
    public void Select_ByDates_LeavesOutUndatedArticles()
    {
        var corpus = Seeds;
        var reasons = ArticleSelector.Explain(new SelectionDefinition { Until = new DateOnly(2030, 1, 1) }, corpus, new ArticleAnalyzer(corpus.Gazetteer));

        Assert.All(reasons.Where(reason => reason.Article.Date is null), reason =>
        {
            Assert.False(reason.Selected);
            Assert.Contains("has no date", Assert.Single(reason.Reasons));
        });
        Assert.Contains(reasons, reason => reason.Selected);
    }

    [Fact]
    public void Explain_SaysWhyEachArticleIsInOrOut()
    {
        var corpus = Corpus;
        var reasons = ArticleSelector.Explain(new SelectionDefinition { Mentions = ["Hamas"], Keywords = new KeywordsDefinition { All = ["Turkey"] } }, corpus, new ArticleAnalyzer(corpus.Gazetteer));

        var first = reasons.Single(reason => reason.Article.Id == "taliban-meets-with-hamas-during-high-level-talks-in-turkey");
        Assert.True(first.Selected);
        Assert.Equal(["contains 'Turkey'", "mentions Hamas (12×)"], first.Reasons);
        var other = reasons.Single(reason => reason.Article.Id == "evidence-mounts-of-close-al-qaeda-taliban-relationship");
        Assert.False(other.Selected);
        Assert.Contains("mentions none of 'Hamas'", other.Reasons);
    }
}
