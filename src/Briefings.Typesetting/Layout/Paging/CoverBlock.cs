using System.Collections.Immutable;
using Briefings.Typesetting.Documents;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout.Elements;
using Briefings.Typesetting.Layout.Text;

namespace Briefings.Typesetting.Layout.Paging;

/// <summary>Lays out a page template's cover: its lines as tagged paragraphs, its rules as rule blocks.</summary>
internal sealed class CoverBlock(ITextMeasurer measurer, FontFallback fallback)
{
    private readonly WordSplitter _words = new(measurer, fallback);
    private readonly LineBreaker _breaker = new(measurer);

    public ImmutableArray<ColumnItem> Build(ImmutableArray<CoverItem> cover, double width) =>
        [.. cover.Select(item => new ColumnItem(item switch
        {
            CoverLine line => Line(line, width),
            CoverRule rule => new RuleElement(rule.Height, rule.Thickness, rule.Color),
            _ => throw new ArgumentOutOfRangeException(nameof(cover), item, "an unknown kind of cover item"),
        }, item.SpaceAbove))];

    private TaggedElement Line(CoverLine line, double width)
    {
        var format = ParagraphFormat.For(line.Style, line.Leading, width, TextAlignment.Left, measurer);
        return new TaggedElement(line.Tag, new ParagraphElement(_breaker.Break(_words.Split([new StyledSpan(line.Text, line.Style)]), format)));
    }
}
