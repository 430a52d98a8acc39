using Briefings.Composition.Templates;
using Xunit;

namespace Briefings.Tests.Composition.Templates;

public sealed class MarkdownTextEncoderTests
{
    [Theory]
    [InlineData("*not emphasis* and _not_ either")]
    [InlineData("# not a heading")]
    [InlineData("- not a list")]
    [InlineData("1984. not a numbered list")]
    [InlineData("[not a link](http://example.com) ![nor an image](x.png)")]
    [InlineData("<script>alert(1)</script> &amp; `code`")]
    [InlineData("back\\slash | pipe ~~strike~~ ^sup^")]
    [InlineData("> not a quote")]
    [InlineData("not attributes {#id .class}")]
    public void Escape_MakesTheValueRenderAsLiteralText(string value)
    {
        var pipeline = Briefings.Typesetting.Markdown.MarkdownPipelines.Document;
        var escaped = MarkdownTextEncoder.Escape(value);

        Assert.Equal(value, Markdig.Markdown.ToPlainText(escaped, pipeline).Trim());
        var html = Markdig.Markdown.ToHtml(escaped, pipeline).Trim();
        Assert.StartsWith("<p>", html);
        Assert.DoesNotMatch("<(?!/?p>)[a-z]", html);
    }

    [Fact]
    public void Escape_KeepsAValueOnOneLine()
    {
        Assert.Equal("one two three", MarkdownTextEncoder.Escape("one\ntwo\r\nthree").Replace("  ", " "));
    }
}
