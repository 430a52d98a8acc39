using Briefings.Composition.Text;
using Xunit;

namespace Briefings.Tests.Composition.Text;

public sealed class RelativeTimeTests
{
    [Theory]
    [InlineData("Last month, Taliban spokesman Mujahid visited Turkey.", "2022-11-10", "In October 2022, Taliban spokesman Mujahid visited Turkey.")]
    [InlineData("Stanikzai spoke in Kabul today (Monday).", "2024-07-22", "Stanikzai spoke in Kabul on 22 July 2024.")]
    [InlineData("Muttaqi, in this telephone call on Wednesday, appreciated the efforts.", "2024-07-24", "Muttaqi, in this telephone call on 24 July 2024, appreciated the efforts.")]
    [InlineData("During a news conference last Tuesday (April 27), Saraj said so.", "2021-05-03", "During a news conference on 27 April 2021, Saraj said so.")]
    [InlineData("In June this year, the radio reported it.", "2024-07-24", "In June 2024, the radio reported it.")]
    [InlineData("The Taliban captured Kabul last year.", "2022-10-01", "The Taliban captured Kabul in 2021.")]
    [InlineData("The first car is not expected until next year.", "2019-11-20", "The first car is not expected until 2020.")]
    [InlineData("Talks have stalled since last month.", "2024-07-24", "Talks have stalled since June 2024.")]
    [InlineData("He must reply by Friday.", "2024-07-24", "He must reply by 19 July 2024.")]
    public void Anchor_ResolvesTimeWordsToTheArticlesDate(string sentence, string published, string expected) =>
        Assert.Equal(expected, RelativeTime.Anchor(sentence, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Anchor_IsNull_WhenTheArticleHasNoDateToAnchorTo() =>
        Assert.Null(RelativeTime.Anchor("Last month, Taliban spokesman Mujahid visited Turkey.", null));

    [Fact]
    public void Anchor_LeavesASentenceWithoutTimeWordsAlone() =>
        Assert.Equal("In May 2022, the Treasury designated him.", RelativeTime.Anchor("In May 2022, the Treasury designated him.", null));
}
