using System.Collections.Immutable;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout.Elements;
using Briefings.Typesetting.Layout.Text;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Typesetting.Markdown.Renderers;

/// <summary>
/// Indented and fenced code (and raw HTML blocks): kept line for line, set left-aligned in the small
/// sans because no monospaced face is bundled yet.
/// </summary>
internal sealed class CodeBlockRenderer : MarkdownObjectRenderer<LayoutRenderer, CodeBlock>
{
    protected override void Write(LayoutRenderer renderer, CodeBlock code)
    {
        var theme = renderer.Theme;
        var style = theme.Sans(theme.BodySize * theme.CodeBlockSizeRatio) with { Color = theme.AccentColor };
        var spans = ImmutableArray.CreateBuilder<StyledSpan>();
        // An empty fence (```) has no line array at all.
        if (code.Lines.Count == 0)
            return;
        foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
        {
            if (spans.Count > 0)
                spans.Add(StyledSpan.LineBreak(style));
            var text = line.Slice.ToString();
            if (text.Length > 0)
                spans.Add(new StyledSpan(text, style));
        }
        if (spans.Count == 0)
            return;
        renderer.AddBlock(new TaggedElement(StructureTag.P, renderer.Paragraph(spans.ToImmutable(), style, style.Size * theme.CompactLeadingRatio, TextAlignment.Left, hyphenate: false)),
            theme.ParagraphSpacing);
    }
}
