using System.Collections.Immutable;
using Briefings.Typesetting.Layout.Elements;
using Briefings.Typesetting.Layout.Text;

using Briefings.Typesetting.Frames;

namespace Briefings.Typesetting.Layout;

/// <summary>
/// The title block at the top of page 1: product label, title, subtitle, one line of date,
/// author and note, and an accent rule. Parts the document does not give are left out.
/// </summary>
public sealed class CoverBlock(Theme theme, ITextMeasurer measurer, FontFallback fallback)
{
    private readonly WordSplitter _words = new(measurer, fallback);
    private readonly LineBreaker _breaker = new(measurer);

    public ImmutableArray<ColumnItem> Build(DocumentInfo info, double width)
    {
        var items = ImmutableArray.CreateBuilder<ColumnItem>();
        var muted = theme.Sans(9) with { Color = theme.MutedColor };
        if (!string.IsNullOrWhiteSpace(info.Label))
            items.Add(new(Line(StructureTag.P, info.Label.ToUpperInvariant(), theme.Sans(8.5).Bold() with { Color = theme.AccentColor }, 12, width), 0));
        if (!string.IsNullOrWhiteSpace(info.Title))
            items.Add(new(Line(StructureTag.H1, info.Title, theme.Sans(theme.TitleSize).Bold(), theme.TitleSize * 1.22, width), 2));
        if (!string.IsNullOrWhiteSpace(info.Subtitle))
            items.Add(new(Line(StructureTag.P, info.Subtitle, theme.Sans(theme.SubtitleSize) with { Color = theme.MutedColor }, theme.SubtitleSize * 1.35, width), 4));

        var preparedBy = string.IsNullOrWhiteSpace(info.PreparedBy) ? null : "Prepared by " + info.PreparedBy;
        var meta = string.Join("  ·  ", new[] { info.Date, preparedBy, info.CoverNote }.Where(part => !string.IsNullOrWhiteSpace(part)));
        if (meta.Length > 0)
            items.Add(new(Line(StructureTag.P, meta, muted, 12, width), 8));
        if (items.Count > 0)
            items.Add(new(new RuleElement(8, 1.2, theme.AccentColor), 4));
        return items.ToImmutable();
    }

    private TaggedElement Line(StructureTag tag, string text, TextStyle style, double leading, double width)
    {
        var format = ParagraphFormat.For(style, leading, width, TextAlignment.Left, measurer);
        return new TaggedElement(tag, new ParagraphElement(_breaker.Break(_words.Split([new StyledSpan(text, style)]), format)));
    }
}
