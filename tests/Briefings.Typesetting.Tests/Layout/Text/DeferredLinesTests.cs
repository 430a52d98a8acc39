using Briefings.Typesetting.Layout.Text;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests.Layout.Text;

public sealed class DeferredLinesTests
{
    private static TextLine Line(int number) =>
        new([new LinePiece(0, 10, number.ToString(System.Globalization.CultureInfo.InvariantCulture), Theme.Default.Body, null)], 10, 14, 11);

    [Fact]
    public void BreakAll_BreaksEachParagraphOnce_AndValueGivesThoseLines()
    {
        var calls = new int[500];
        var paragraphs = Enumerable.Range(0, calls.Length)
            .Select(i => new DeferredLines(() => { Interlocked.Increment(ref calls[i]); return [Line(i)]; })).ToList();

        DeferredLines.BreakAll(paragraphs);

        Assert.All(calls, count => Assert.Equal(1, count));
        Assert.Equal(Enumerable.Range(0, calls.Length).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            paragraphs.Select(paragraph => paragraph.Value.Single().Text));
        Assert.All(calls, count => Assert.Equal(1, count));
    }

    [Fact]
    public void AFailingParagraph_DoesNotStopTheOthers_AndFailsWhenItsLinesAreNeeded()
    {
        var good = new DeferredLines(() => [Line(1)]);
        var bad = new DeferredLines(() => throw new InvalidOperationException("no room"));

        DeferredLines.BreakAll([bad, good]);

        Assert.Equal("1", good.Value.Single().Text);
        Assert.Equal("no room", Assert.Throws<InvalidOperationException>(() => bad.Value).Message);
    }

    [Fact]
    public async Task Typesetting_GivesTheSameLines_WhenDocumentsAreLaidOutOnManyThreadsAtOnce()
    {
        var markdown = File.ReadAllText(Briefings.Testing.RepositoryRoot.File("tests", "Briefings.Benchmarks", "Workloads", "small.md"));
        string Dump() => Briefings.Typesetting.Frames.FrameDump.Write(new Typesetter(Theme.Default).Typeset(markdown).Pages);

        var reference = Dump();
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(Dump, TestContext.Current.CancellationToken)));

        Assert.All(concurrent, dump => Assert.Equal(reference, dump));
    }
}
