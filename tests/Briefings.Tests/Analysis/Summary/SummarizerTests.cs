using Briefings.Analysis.Summary;
using Xunit;

namespace Briefings.Tests.Analysis.Summary;

public sealed class SummarizerTests
{
    private static readonly SummaryCandidate[] Candidates =
    [
        new("Taliban and Hamas officials met in Istanbul to discuss Gaza and Jerusalem.", 1, 0),
        new("Taliban and Hamas officials met in Istanbul, discussing Gaza and Jerusalem.", 2, 0),
        new("The Hamas delegation in Istanbul was led by Ismail Haniyeh, who discussed Gaza.", 2, 1),
        new("Kabul hopes that Turkey will recognise its government and expand trade.", 1, 1),
        new("The weather in Istanbul was mild for the season and the hotel was full.", 3, 0),
        new("Turkey has not recognised the Taliban government but trade with Kabul is growing.", 3, 1),
    ];

    [Fact]
    public void Summarize_MergesTheSameStatement_FromTwoSources()
    {
        var summary = Summarizer.Summarize(Candidates, 3, focus: []);

        var merged = Assert.Single(summary, sentence => sentence.Text.StartsWith("Taliban and Hamas officials met", StringComparison.Ordinal));
        Assert.Equal([1, 2], merged.Sources);
        Assert.Single(summary, sentence => sentence.Text.Contains("Istanbul to discuss", StringComparison.Ordinal) || sentence.Text.Contains("Istanbul, discussing", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_LeansTowardsTheFocusTerms()
    {
        var plain = Summarizer.Summarize(Candidates, 1, focus: []);
        var focused = Summarizer.Summarize(Candidates, 1, focus: ["trade", "recognise"]);

        Assert.DoesNotContain("trade", plain[0].Text, StringComparison.Ordinal);
        Assert.Contains("trade", focused[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_GivesAtMostTheSentencesAsked_AndNothingFromNothing()
    {
        Assert.Equal(2, Summarizer.Summarize(Candidates, 2, focus: []).Length);
        Assert.Empty(Summarizer.Summarize([], 3, focus: []));
    }

    [Fact]
    public void Rank_ScoresTheCentralSentenceHighest()
    {
        var vectors = new SentenceVectors(["gaza talks in istanbul", "gaza talks resumed", "istanbul talks ended", "the hotel was full"]).Vectors;

        var scores = LexRank.Rank(vectors, [1, 1, 1, 1]);

        Assert.Equal(0, Array.IndexOf(scores, scores.Max()));
        Assert.Equal(1.0, scores.Sum(), 6);
    }
}
