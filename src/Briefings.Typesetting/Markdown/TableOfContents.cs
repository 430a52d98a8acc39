using System.Collections.Immutable;
using System.Globalization;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Layout.Elements;
using Briefings.Typesetting.Layout.Text;
using Briefings.Typesetting.Themes;

namespace Briefings.Typesetting.Markdown;

/// <summary>
/// The table of contents a document asks for with <c>toc: true</c>: a "Contents" heading, then one
/// entry per heading down to <see cref="DeepestLevel"/> levels below the document's top level, each
/// with its page number. Built twice: once without numbers to paginate, once with the pages found.
/// </summary>
internal sealed class TableOfContents(Theme theme, ITextMeasurer measurer, FontFallback fallback)
{
    public const int DeepestLevel = 3;

    /// <summary>Longer titles are shortened in the contents; the heading itself keeps them whole.</summary>
    private const int LongestTitle = 160;

    private readonly WordSplitter _words = new(measurer, fallback);
    private readonly LineBreaker _breaker = new(measurer);

    /// <param name="pages">The page of each heading's anchor; null on the first pass.</param>
    public Element Build(IReadOnlyList<HeadingEntry> headings, double width, IReadOnlyDictionary<string, int>? pages)
    {
        var top = headings.Min(heading => heading.Level);
        var style = theme.Body;
        var numberColumn = measurer.Width("0000", style) + style.Size;
        var dotWidth = measurer.Width(".", style);
        var entries = ImmutableArray.CreateBuilder<ColumnItem>();
        foreach (var heading in headings.Where(heading => heading.Level < top + DeepestLevel))
        {
            var depth = heading.Level - top;
            var entryStyle = depth == 0 ? style.Bold() : style;
            var indent = depth * theme.ListIndent;
            var title = heading.Title.Length > LongestTitle ? heading.Title[..LongestTitle] + "…" : heading.Title;
            var link = "#" + heading.Anchor;
            var format = ParagraphFormat.For(entryStyle, theme.BodyLeading, Math.Max(1, width - indent - numberColumn - 2 * dotWidth),
                TextAlignment.Left, measurer);
            var lines = _breaker.Break(_words.Split([new StyledSpan(title, entryStyle, link)]), format);
            var number = pages is not null && pages.TryGetValue(heading.Anchor, out var page) ? page.ToString(CultureInfo.InvariantCulture) : "";
            entries.Add(new ColumnItem(new TocEntryElement(lines, indent, number, measurer.Width(number, style), style, numberColumn, link, dotWidth),
                depth == 0 ? theme.ParagraphSpacing / 2 : 0));
        }

        var headingStyle = theme.Heading(2);
        var caption = new TaggedElement(StructureTag.H2, new ParagraphElement(_breaker.Break(_words.Split([new StyledSpan("Contents", headingStyle)]),
            ParagraphFormat.For(headingStyle, headingStyle.Size * theme.HeadingLeadingRatio, width, TextAlignment.Left, measurer))));
        return new ColumnElement([new ColumnItem(caption, 0),
            new ColumnItem(new TaggedElement(StructureTag.TOC, new ColumnElement(entries.ToImmutable())), theme.HeadingSpaceBelow)]);
    }
}
