using System.Text;
using Briefings.Typesetting.Pdf;
using Xunit;

namespace Briefings.Typesetting.Tests.Pdf;

public sealed class DeterministicIdentifiersTests
{
    private static string Sample(string tagA, string tagB, string uuid, string id) =>
        $"<</FontName/{tagA}+NotoSerif>> <</BaseFont/{tagA}+NotoSerif>> <</FontName/{tagB}+NotoSans>>\n" +
        $"<rdf:li>uuid:{uuid}</rdf:li>\ntrailer\n<</ID[<{id}><{id}>]>>\n";

    private static string Apply(string pdf) => Encoding.Latin1.GetString(DeterministicIdentifiers.Apply(Encoding.Latin1.GetBytes(pdf)));

    [Fact]
    public void RandomValues_GiveTheSameBytes_AtTheSameLength()
    {
        var first = Sample("QWERTY", "ASDFGH", "0f8fad5b-d9cb-469f-a165-70867728950e", "0123456789ABCDEF0123456789ABCDEF");
        var second = Sample("ZXCVBN", "POIUYT", "7c9e6679-7425-40de-944b-e07fc1f90ae7", "FEDCBA9876543210FEDCBA9876543210");

        var result = Apply(first);

        Assert.Equal(result, Apply(second));
        Assert.Equal(first.Length, result.Length);
        Assert.DoesNotContain("QWERTY", result, StringComparison.Ordinal);
        Assert.DoesNotContain("0f8fad5b", result, StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789ABCDEF", result, StringComparison.Ordinal);
    }

    [Fact]
    public void OneSubsetTag_StaysOneTag_AndTwoStayTwo()
    {
        var result = Apply(Sample("QWERTY", "ASDFGH", "0f8fad5b-d9cb-469f-a165-70867728950e", "0123456789ABCDEF0123456789ABCDEF"));

        var tags = System.Text.RegularExpressions.Regex.Matches(result, "/(?:FontName|BaseFont)/([A-Z]{6})\\+").Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(3, tags.Count);
        Assert.Equal(tags[0], tags[1]);
        Assert.NotEqual(tags[0], tags[2]);
    }

    [Fact]
    public void DifferentContent_GivesDifferentIdentifiers()
    {
        var one = Apply(Sample("QWERTY", "ASDFGH", "0f8fad5b-d9cb-469f-a165-70867728950e", "0123456789ABCDEF0123456789ABCDEF"));
        var other = Apply(Sample("QWERTY", "ASDFGH", "0f8fad5b-d9cb-469f-a165-70867728950e", "0123456789ABCDEF0123456789ABCDEF").Replace("NotoSans", "NotoSanz", StringComparison.Ordinal));

        Assert.NotEqual(one[^60..], other[^60..]);
    }

    [Fact]
    public void LookAlikes_AreLeftAlone()
    {
        const string text = "/FontName/ABCDE+x /BaseFont/abcdef+x uuid:not-a-uuid /ID[<12>]";

        Assert.Equal(text, Apply(text));
    }
}
