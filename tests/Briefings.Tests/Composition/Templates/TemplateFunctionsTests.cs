using Briefings.Composition.Templates;
using Xunit;

namespace Briefings.Tests.Composition.Templates;

public sealed class TemplateFunctionsTests
{
    [Theory]
    [InlineData("002_seed.txt:471", "`002_seed.txt:471`")]
    [InlineData("a`b.txt:3", "`a'b.txt:3`")]
    [InlineData("two\nlines", "`two lines`")]
    [InlineData("", "")]
    public void CodeSpan_IsOneClosedSpan_WhateverTheText(string text, string expected) =>
        Assert.Equal(expected, TemplateFunctions.CodeSpan(text));

    [Fact]
    public void IdAttribute_KeepsOnlySafeCharacters_WhenTheValueHoldsMarkdown() =>
        Assert.Equal("{#source-3xy}", TemplateFunctions.IdAttribute("source-3} [x](y) {"));

    [Fact]
    public void YamlString_IsOneQuotedLine_WhenTheValueHoldsQuotesAndNewlines() =>
        Assert.Equal("\"a \\\"b\\\" c d\"", TemplateFunctions.YamlString("a \"b\" c\nd"));
}
