using System.Runtime;
using Xunit;

namespace Briefings.Typesetting.Tests;

/// <summary>The region is process-wide, so these tests run alone: another test's allocations would end it early.</summary>
[CollectionDefinition(nameof(CollectionFreeRegionTests), DisableParallelization = true)]
[Collection(nameof(CollectionFreeRegionTests))]
public sealed class CollectionFreeRegionTests
{
    [Fact]
    public void WhileOpen_NothingIsCollected_AndDisposingRestoresTheLatencyMode()
    {
        var before = GCSettings.LatencyMode;
        var collections = GC.CollectionCount(0);

        using (CollectionFreeRegion.Enter(inputCharacters: 10_000))
        {
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            for (var i = 0; i < 1_000; i++)
                GC.KeepAlive(new byte[1_000]);
            Assert.Equal(collections + 1, GC.CollectionCount(0)); // the one the region starts with
        }

        Assert.Equal(before, GCSettings.LatencyMode);
    }

    [Fact]
    public void ARegionUsedUp_EndsByItself_AndDisposingIsHarmless()
    {
        var before = GCSettings.LatencyMode;

        using (CollectionFreeRegion.Enter(inputCharacters: 1))
        {
            for (var i = 0; i < 64; i++)
                GC.KeepAlive(new byte[1 << 20]); // 64 MB: twice the smallest region
            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }

        Assert.Equal(before, GCSettings.LatencyMode);
    }
}
