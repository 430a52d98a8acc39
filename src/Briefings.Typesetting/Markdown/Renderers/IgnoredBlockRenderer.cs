using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Typesetting.Markdown.Renderers;

/// <summary>Blocks that print nothing: front matter (read separately) and link reference definitions.</summary>
internal sealed class IgnoredBlockRenderer<TBlock> : MarkdownObjectRenderer<LayoutRenderer, TBlock>
    where TBlock : Block
{
    protected override void Write(LayoutRenderer renderer, TBlock block)
    {
    }
}
