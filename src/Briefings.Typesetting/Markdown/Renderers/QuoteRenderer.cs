using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Layout;
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
        // Past the theme's minimum measure, a deeper quote is set at its parent's width, without a rule of its own.
        Element content = renderer.CanIndent(quote, theme.QuoteIndent)
            ? new LeftRuleElement(renderer.RenderChildren(quote, theme.QuoteIndent), theme.QuoteIndent, 1.2, theme.AccentColor)
            : renderer.RenderChildren(quote, 0);
        renderer.AddBlock(new TaggedElement(StructureTag.BlockQuote, content), theme.ParagraphSpacing * 1.5);
    }
}
