using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Layout.Elements;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Typesetting.Markdown.Renderers;

/// <summary>Block quotes: indented, with a thin accent rule on the left.</summary>
internal sealed class QuoteRenderer : MarkdownObjectRenderer<LayoutRenderer, QuoteBlock>
{
    protected override void Write(LayoutRenderer renderer, QuoteBlock quote)
    {
        var theme = renderer.Theme;
        var content = renderer.RenderChildren(quote, theme.QuoteIndent);
        renderer.AddBlock(new TaggedElement(StructureTag.BlockQuote, new LeftRuleElement(content, theme.QuoteIndent, 1.2, theme.AccentColor)),
            theme.ParagraphSpacing * 1.5);
    }
}
