using Briefings.Corpus;
using Xunit;

namespace Briefings.Tests.Corpus;

public sealed class DatelineRulesTests
{
    private const string Story = "Officials said on Monday that the talks between the two sides would resume next week.";

    [Theory]
    [InlineData("MOSUL --", "MOSUL", null)]
    [InlineData("LAHORE:", "LAHORE", null)]
    [InlineData("HERAT, Afghanistan (AP) —", "HERAT, Afghanistan", "AP")]
    [InlineData("CAIRO, March 3. /TASS/.", "CAIRO", "TASS")]
    [InlineData("BERLIN, Oct. 2 (Xinhua) --", "BERLIN", "Xinhua")]
    [InlineData("Quetta, Oct 14 (PTI):", "Quetta", "PTI")]
    [InlineData("Kohat [Pakistan], June 9 (ANI):", "Kohat", "ANI")]
    [InlineData("GHAZNI (BNA)", "GHAZNI", "BNA")]
    [InlineData("Karachi -", "Karachi", null)]
    [InlineData("BAGHDAD –", "BAGHDAD", null)]
    [InlineData("AUSTIN, Texas (KXAN) —", "AUSTIN, Texas", "KXAN")]
    [InlineData("LAHORE, (ExampleNews / Partner Wire - 1st Jan, 2024)", "LAHORE", "ExampleNews / Partner Wire - 1st Jan, 2024")]
    [InlineData("MULTAN, March 02 ( Example News):", "MULTAN", "Example News")]
    [InlineData("NAIROBI [XYZ] –", "NAIROBI", "XYZ")]
    public void Match_SplitsPlaceAndTagOffTheParagraph_WhenItOpensWithADateline(string dateline, string place, string? tag)
    {
        var match = DatelineRules.Match(dateline + " " + Story);

        Assert.NotNull(match);
        Assert.Equal(place, match.Place);
        Assert.Equal(tag, match.Tag);
        Assert.Equal(Story, match.Remainder);
    }

    [Theory]
    [InlineData("Update: " + Story)]
    [InlineData("SOURCE: Example Wire")]
    [InlineData("Al-Shabaab claims responsibility for the attack near the municipality headquarters in the capital.")]
    [InlineData("Abstract: " + Story)]
    [InlineData("Hamas – the group that rules the strip – said on Monday that the talks would resume.")]
    [InlineData("The Taliban said on Monday that the talks between the two sides would resume next week.")]
    [InlineData("US officials said on Monday that the talks between the two sides would resume next week.")]
    public void Match_FindsNoDateline_WhenTheParagraphOpensWithALabelOrASentence(string paragraph) =>
        Assert.Null(DatelineRules.Match(paragraph));
}
