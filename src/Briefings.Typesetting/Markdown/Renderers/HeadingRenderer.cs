using System.Collections.Immutable;
using System.Text;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout.Elements;
using Briefings.Typesetting.Layout.Text;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Typesetting.Markdown.Renderers;

/// <summary>Headings: sans bold, bound to what follows, anchored and in the outline.</summary>
internal sealed class HeadingRenderer : MarkdownObjectRenderer<LayoutRenderer, HeadingBlock>
{
    protected override void Write(LayoutRenderer renderer, HeadingBlock heading)
    {
        var theme = renderer.Theme;
        var style = theme.Heading(heading.Level);
        var spans = renderer.Spans(heading.Inline, style);
        var paragraph = renderer.Paragraph(spans, style, style.Size * theme.HeadingLeadingRatio, TextAlignment.Left);
        var title = Title(spans);
        var tagged = new TaggedElement(StructureTag.H1 + (Math.Clamp(heading.Level, 1, 6) - 1), paragraph);
        var name = AnchorNames.ForHeading(title);
        var anchor = new AnchorElement(name, Math.Min(heading.Level, 4), title, tagged);
        renderer.Headings.Add(new HeadingEntry(heading.Level, title, name));
        renderer.AddHeading(anchor, theme.HeadingSpaceAbove);
    }

    /// <summary>
    /// The heading's text for the outline, the contents and its anchor name: its words, single-spaced,
    /// taken from the text rather than from the set lines, which may end in a hyphen.
    /// </summary>
    private static string Title(ImmutableArray<StyledSpan> spans)
    {
        var title = new StringBuilder();
        foreach (var span in spans)
        {
            foreach (var ch in span.Text)
            {
                if (char.IsWhiteSpace(ch))
                {
                    if (title.Length > 0 && title[^1] != ' ')
                        title.Append(' ');
                }
                else if (!char.IsControl(ch))
                {
                    title.Append(ch);
                }
            }
        }
        return title.ToString().TrimEnd();
    }
}
