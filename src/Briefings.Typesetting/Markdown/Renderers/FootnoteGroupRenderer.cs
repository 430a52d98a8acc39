using System.Globalization;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Layout.Elements;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Briefings.Typesetting.Markdown.Renderers;

/// <summary>
/// Footnotes, which Markdig gathers at the end of the document: a short rule, then each note with its
/// number, named <c>fn-N</c> so that the superscript mark in the text links to it.
/// </summary>
internal sealed class FootnoteGroupRenderer : MarkdownObjectRenderer<LayoutRenderer, FootnoteGroup>
{
    protected override void Write(LayoutRenderer renderer, FootnoteGroup group)
    {
        var theme = renderer.Theme;
        renderer.AddBlock(new RuleElement(6, 0.6, theme.RuleColor), theme.ParagraphSpacing * 2);
        renderer.AddGroup(StructureTag.L, theme.ParagraphSpacing / 2, () =>
        {
            foreach (var footnote in group.OfType<Footnote>())
            {
                var marker = footnote.Order.ToString(CultureInfo.InvariantCulture) + ".";
                var item = renderer.Marked(marker, theme.ListIndent, renderer.RenderChildren(footnote, theme.ListIndent));
                renderer.AddBlock(new AnchorElement(FootnoteAnchor(footnote.Order), 0, "", item), theme.ParagraphSpacing / 2);
            }
        });
    }

    public static string FootnoteAnchor(int order) => "fn-" + order.ToString(CultureInfo.InvariantCulture);
}
