using Briefings.Composition.Names;
using Briefings.Corpus.Entities;
using Xunit;

namespace Briefings.Tests.Composition.Names;

public sealed class NameStylerTests
{
    private static readonly NameStyler Styler = new(new Gazetteer(
    [
        new EntityDefinition { Name = "Zabihullah Mujahid", Kind = EntityKinds.Person, Aliases = ["Mujahid", "Zabihullah Mujahed"] },
        new EntityDefinition { Name = "Sher Muhammad Abbas Stanikzai", Kind = EntityKinds.Person, Aliases = ["Stanikzai", "Sher Mohammad Abbas Stanikzai"] },
        new EntityDefinition { Name = "Ismail Haniyeh", Kind = EntityKinds.Person, Aliases = ["Haniyeh", "Haniya"] },
        new EntityDefinition { Name = "Abdul Ghani Baradar", Kind = EntityKinds.Person, Aliases = ["Baradar", "Mullah Abdul Ghani"] },
        new EntityDefinition { Name = "al-Qaeda", Aliases = ["al Qaeda"] },
        new EntityDefinition { Name = "Islamic Emirate of Afghanistan", Aliases = ["IEA", "Emirate"] },
    ]));

    [Theory]
    [InlineData("Taliban spokesman Zabihulla Mujahid visited Turkey.", "Taliban spokesman Zabihullah Mujahid visited Turkey.")]
    [InlineData("Zabihullah Mujahed said so.", "Zabihullah Mujahid said so.")]
    [InlineData("Sher Mohammad Abbas Stanikzai spoke in Kabul.", "Sher Muhammad Abbas Stanikzai spoke in Kabul.")]
    [InlineData("Haniya, leader of the group, met them.", "Ismail Haniyeh, leader of the group, met them.")]
    [InlineData("The Taliban has ties to Al Qaeda, whose emir was killed.", "The Taliban has ties to al-Qaeda, whose emir was killed.")]
    [InlineData("Al Qaeda provides support.", "Al-Qaeda provides support.")]
    public void Style_PrintsTheCanonicalSpelling_WhenTheTextUsesAVariant(string text, string expected) =>
        Assert.Equal(expected, Styler.Style(text));

    [Theory]
    [InlineData("Mujahid also met with Ismail Haniyeh.")]
    [InlineData("Hamas leader Haniyeh called its deputy leader Mullah Abdul Ghani, also known as Baradar.")]
    [InlineData("The IEA and the Emirate’s ministers.")]
    public void Style_LeavesShortFormsAndAcronymsAsWritten(string text) =>
        Assert.Equal(text, Styler.Style(text));

    [Theory]
    [InlineData("Spokesman Mujahid met Hamas representatives, including Haniyeh.", "Spokesman Zabihullah Mujahid met Hamas representatives, including Ismail Haniyeh.")]
    [InlineData("Minister Mujahid spoke; Mujahid left.", "Minister Zabihullah Mujahid spoke; Mujahid left.")]
    [InlineData("Jalaluddin Mujahid spoke.", "Jalaluddin Mujahid spoke.")]
    public void Style_NamesEachPersonInFullOnce_WhenTheTextMustReadAlone(string text, string expected) =>
        Assert.Equal(expected, Styler.Style(text, introduce: true));
}
