using Briefings.Build;
using Briefings.Cli;
using Xunit;

namespace Briefings.Tests.Cli;

public sealed class BuildProgressTests
{
    [Fact]
    public void Bar_MovesInsideALongBrief_AndSaysWhatItIsDoing()
    {
        var shown = new List<(double Value, string Description)>();
        var progress = new BuildProgress((value, description) => shown.Add((value, description)));

        progress.Ended(new BriefResult("short", BriefStatus.Unchanged, 3, 2, null, null));
        progress.Started(new BriefStep("long", BriefStage.Composing, 5000));
        progress.Started(new BriefStep("long", BriefStage.LayingOut, 5000));
        progress.Started(new BriefStep("long", BriefStage.Writing, 5000, 412));
        progress.Ended(new BriefResult("long", BriefStatus.Built, 5000, 412, "out/long.pdf", null));

        Assert.Equal([1, 1, 1 + 1 / 3.0, 1 + 2 / 3.0, 2], shown.Select(entry => entry.Value), new Tolerance());
        Assert.Equal([BuildProgress.Title, "long: analysing and composing 5000 articles", "long: laying out 5000 articles", "long: writing 412 pages", BuildProgress.Title],
            shown.Select(entry => entry.Description));
    }

    private sealed class Tolerance : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double value) => 0;
    }
}
