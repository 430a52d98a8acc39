using Briefings.Typesetting.Layout.Tables;
using Xunit;

namespace Briefings.Typesetting.Tests.Layout.Tables;

public sealed class ColumnWidthsTests
{
    [Fact]
    public void Distribute_SpansTheWidth_InProportionToContent_WhenEverythingFitsOnOneLine()
    {
        var widths = ColumnWidths.Distribute([10, 10], [30, 90], 240);

        Assert.Equal([60, 180], widths);
    }

    [Fact]
    public void Distribute_GivesEveryColumnItsLongestWord_AndTheRestToLongText()
    {
        var widths = ColumnWidths.Distribute([40, 20], [50, 400], 200);

        Assert.True(widths[0] >= 40);
        Assert.True(widths[1] > widths[0]);
        Assert.Equal(200, widths.Sum(), 6);
    }

    [Fact]
    public void Distribute_KeepsOneVeryLongWordFromTakingTheWholeTable()
    {
        var widths = ColumnWidths.Distribute([5000, 30], [5000, 30], 400);

        Assert.Equal(400, widths.Sum(), 6);
        Assert.True(widths[1] >= 0.05 * 400, $"the short column got {widths[1]}");
    }
}
