using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Layout.Elements;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Briefings.Typesetting.Markdown.Renderers;

/// <summary>
/// Body paragraphs. Inside a block quote, a paragraph that starts with a dash ("— Name, role [1]")
/// is the quote's attribution line and is set in the small sans.
/// </summary>
internal sealed class ParagraphRenderer : MarkdownObjectRenderer<LayoutRenderer, ParagraphBlock>
{
    protected override void Write(LayoutRenderer renderer, ParagraphBlock paragraph)
    {
        var theme = renderer.Theme;
        if (FigureRenderer.TryWrite(renderer, paragraph))
            return;
        if (IsAttribution(paragraph))
        {
            var attribution = theme.Sans(theme.QuoteAttributionSize) with { Color = theme.MutedColor };
            renderer.AddBlock(new TaggedElement(StructureTag.P, renderer.Paragraph(renderer.Spans(paragraph.Inline, attribution), attribution,
                theme.QuoteAttributionSize * theme.CompactLeadingRatio, TextAlignment.Left)), theme.ParagraphSpacing / 2);
            return;
        }
        var body = theme.Body;
        Element element = new TaggedElement(StructureTag.P, renderer.Paragraph(renderer.Spans(paragraph.Inline, body), body, theme.BodyLeading, theme.BodyAlignment));
        // `text {#name}` names the paragraph, so that links such as a citation mark can point at it.
        if (paragraph.GetAttributes().Id is { Length: > 0 } id)
            element = new AnchorElement(id, 0, "", element);
        renderer.AddBlock(element, theme.ParagraphSpacing);
    }

    private static bool IsAttribution(ParagraphBlock paragraph) =>
        paragraph.Parent is QuoteBlock quote && quote.LastChild == paragraph && quote.Count > 1
        && paragraph.Lines.ToString().TrimStart() is var text && (text.StartsWith('—') || text.StartsWith("--", StringComparison.Ordinal));
}
