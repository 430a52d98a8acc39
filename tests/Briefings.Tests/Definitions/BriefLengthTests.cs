using Briefings.Definitions;
using Xunit;

namespace Briefings.Tests.Definitions;

public sealed class BriefLengthTests
{
    private static BriefEntry LoadOne(string length) => SectionOptionsTests.LoadOne("      - sources", length: length);

    [Theory]
    [InlineData("2-4 pages", 2, 4)]
    [InlineData("2–4 pages", 2, 4)]
    [InlineData("3 pages", 3, 3)]
    [InlineData("1 page", 1, 1)]
    [InlineData("5", 5, 5)]
    public void Load_ReadsTheLength_InPages(string written, int min, int max)
    {
        var entry = LoadOne(written);

        Assert.Equal(new BriefLength(min, max), Assert.IsType<LoadedBrief>(entry).Definition.Length);
    }

    [Theory]
    [InlineData("long", "is not a length")]
    [InlineData("0 pages", "must be between 1 and 40 pages")]
    [InlineData("4-2 pages", "runs backwards")]
    [InlineData("[2, 4]", "must be a number of pages")]
    public void Load_RefusesABadLength_AtItsLineAndColumn(string written, string message)
    {
        var entry = LoadOne(written);

        var error = Assert.IsType<RefusedBrief>(entry).Error;
        Assert.Contains(message, error.Message);
        Assert.Equal((4, 13), (error.Location?.Line, error.Location?.Column));
    }

    [Fact]
    public void Sections_ShareAShorterLength_WithFewerItems()
    {
        var one = new BriefLength(1, 1);

        Assert.True(one.KeyPoints < BriefLength.Default.KeyPoints);
        Assert.True(one.Quotes < BriefLength.Default.Quotes);
        Assert.True(one.TimelineRows < BriefLength.Default.TimelineRows);
        Assert.True(one.Entities < BriefLength.Default.Entities);
    }
}
