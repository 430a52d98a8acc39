using Briefings.Analysis;
using Xunit;

namespace Briefings.Tests.Analysis;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("After the departure of U.S. Forces from Afghanistan in 2021, Ismail Haniyeh phoned. He spoke.", 2)]
    [InlineData("Mr. Omar, the Wall Breaker, died of natural causes. Haji Fateh fled.", 2)]
    [InlineData("He lauded Turkey as a “close friend.” Then he left.", 2)]
    [InlineData("Taliban spokesman Zabihullah Mujahid, on Aug. 17, 2021, spoke in Kabul.", 1)]
    [InlineData("“Who will stand up?” the officer implored a crowd of 150 Afghan elders.", 1)]
    [InlineData("A total of 18 migrants were rescued. 12 were men.", 2)]
    public void Split_FindsTheSentences(string paragraph, int count) =>
        Assert.Equal(count, SentenceSplitter.Split(paragraph).Length);
}
