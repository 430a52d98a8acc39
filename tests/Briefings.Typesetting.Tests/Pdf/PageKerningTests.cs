using System.Text;
using Briefings.Typesetting.Pdf;
using Xunit;

namespace Briefings.Typesetting.Tests.Pdf;

public sealed class PageKerningTests
{
    private const string Content = "BT\n/F0 10 Tf\n72 700 Td\n<002400390024> Tj\n30 0 Td\n<0037> Tj\nET\n";

    [Fact]
    public void Apply_TurnsAKernedStringIntoOneTJ_AndLeavesTheOthers()
    {
        var kerning = new PageKerning();
        kerning.Drawn([80, -12.5, 0]);
        kerning.Drawn(null);

        var kerned = Encoding.Latin1.GetString(kerning.Apply(Encoding.Latin1.GetBytes(Content)).Span);

        Assert.Equal("BT\n/F0 10 Tf\n72 700 Td\n[<0024> 80 <0039> -12.5 <0024>] TJ\n30 0 Td\n<0037> Tj\nET\n", kerned);
    }

    [Fact]
    public void Apply_LeavesOutTheLineBreaks_PDFsharpPutsInALongString()
    {
        var kerning = new PageKerning();
        kerning.Drawn([0, 30, 0]);

        var kerned = Encoding.Latin1.GetString(kerning.Apply(Encoding.Latin1.GetBytes("<00240039\n0024> Tj\n")).Span);

        Assert.Equal("[<00240039> 30 <0024>] TJ\n", kerned);
    }

    [Fact]
    public void Apply_LeavesTheStream_WhenNothingIsKerned()
    {
        var kerning = new PageKerning();
        kerning.Drawn(null);
        kerning.Drawn(null);
        var content = Encoding.Latin1.GetBytes(Content);

        Assert.True(kerning.Apply(content).Span == (ReadOnlySpan<byte>)content, "the same bytes, not a copy");
    }

    [Fact]
    public void Apply_Throws_WhenTheStreamDoesNotHoldTheStringsNoted()
    {
        var kerning = new PageKerning();
        kerning.Drawn([80, 0]); // two glyphs noted, three drawn

        Assert.Throws<InvalidOperationException>(() => kerning.Apply(Encoding.Latin1.GetBytes(Content)));
    }
}
