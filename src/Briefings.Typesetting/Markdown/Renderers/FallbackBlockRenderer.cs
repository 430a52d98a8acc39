using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout.Elements;
using Briefings.Typesetting.Layout.Text;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Typesetting.Markdown.Renderers;

/// <summary>
/// Any block without a renderer of its own still prints its text as a plain paragraph, so that
/// no word of the input is lost.
/// </summary>
internal sealed class FallbackBlockRenderer : MarkdownObjectRenderer<LayoutRenderer, Block>
{
    protected override void Write(LayoutRenderer renderer, Block block)
    {
        switch (block)
        {
            case ContainerBlock container:
                renderer.WriteChildren(container);
                break;
            case LeafBlock { Inline: not null } leaf:
                var body = renderer.Theme.Body;
                renderer.AddBlock(new TaggedElement(StructureTag.P, renderer.Paragraph(renderer.Spans(leaf.Inline, body), body, renderer.Theme.BodyLeading, TextAlignment.Left)),
                    renderer.Theme.ParagraphSpacing);
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                var style = renderer.Theme.Body;
                var text = leaf.Lines.ToString();
                renderer.AddBlock(new TaggedElement(StructureTag.P, renderer.Paragraph([new StyledSpan(text, style)], style, renderer.Theme.BodyLeading, TextAlignment.Left)),
                    renderer.Theme.ParagraphSpacing);
                break;
        }
    }
}
