using System.Globalization;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Layout.Elements;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Typesetting.Markdown.Renderers;

/// <summary>
/// Bullet and numbered lists, nested to any depth; each item is indented with its marker (past the
/// theme's minimum measure, the marker leads the item's text instead), and the items of one list
/// share one alignment.
/// </summary>
internal sealed class ListRenderer : MarkdownObjectRenderer<LayoutRenderer, ListBlock>
{
    protected override void Write(LayoutRenderer renderer, ListBlock list)
    {
        var theme = renderer.Theme;
        var start = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var first) ? first : 1;
        var indent = list.IsOrdered ? IndentFor(renderer, list, start) : theme.ListIndent;
        var itemGap = list.IsLoose ? theme.ParagraphSpacing : theme.ParagraphSpacing / 3;

        var number = start;
        renderer.AddGroup(StructureTag.L, theme.ParagraphSpacing, () => renderer.WithOneAlignment(() =>
        {
            foreach (var block in list)
            {
                var item = (ListItemBlock)block;
                var marker = list.IsOrdered ? $"{number++}{list.OrderedDelimiter}" : Bullet(item);
                renderer.AddBlock(renderer.CanIndent(item, indent)
                    ? renderer.Marked(marker, indent, renderer.RenderChildren(item, indent))
                    : new TaggedElement(StructureTag.LI, renderer.RenderChildrenLedBy(item, marker)), itemGap);
            }
        }));
    }

    private static double IndentFor(LayoutRenderer renderer, ListBlock list, int start)
    {
        var widest = $"{start + list.Count - 1}{list.OrderedDelimiter}";
        return Math.Max(renderer.Theme.ListIndent, renderer.Measurer.Width(widest, renderer.Theme.Body) + renderer.Theme.BodySize * renderer.Theme.ListMarkerGapRatio);
    }

    private static string Bullet(ListItemBlock item)
    {
        var depth = 0;
        for (var parent = item.Parent?.Parent; parent is not null; parent = parent.Parent)
            if (parent is ListItemBlock)
                depth++;
        return (depth % 3) switch { 0 => "•", 1 => "–", _ => "·" };
    }
}
