using Briefings.Typesetting.Layout.Elements;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Typesetting.Markdown.Renderers;

internal sealed class ThematicBreakRenderer : MarkdownObjectRenderer<LayoutRenderer, ThematicBreakBlock>
{
    protected override void Write(LayoutRenderer renderer, ThematicBreakBlock block) =>
        renderer.AddBlock(new RuleElement(renderer.Theme.BodyLeading, 0.5, renderer.Theme.MutedColor), renderer.Theme.ParagraphSpacing);
}
