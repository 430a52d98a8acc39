using System.Collections.Immutable;
using Briefings.Typesetting;
using Briefings.Typesetting.Documents;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Themes;

namespace Briefings.Composition;

/// <summary>
/// The brief house style, composed from the engine's generic page elements out of the front-matter
/// fields the brief template writes (<c>label</c>, <c>subtitle</c>, <c>marking</c>, <c>date</c>,
/// <c>prepared_by</c>, <c>cover_note</c>, <c>document_id</c>): a cover block (label, title, subtitle,
/// one byline, a rule), the marking centred top and bottom of every page, a running header with the
/// title from page 2, and a footer with the document id and date at the left and "Page X of Y" at the
/// right. Any Markdown file with such front matter (<c>briefings render</c>) gets the same pages.
/// </summary>
public static class BriefPageStyle
{
    private const string Separator = "  ·  ";

    public static DocumentStyle For(Theme theme) => new(Metadata, info => Pages(info, theme));

    /// <summary>A typesetter for <paramref name="theme"/> that sets pages in this style.</summary>
    public static Typesetter Typesetter(Theme theme) => new(theme, For(theme));

    /// <summary>The author is who prepared the brief, the subject its subtitle, unless the front matter names them.</summary>
    private static DocumentInfo Metadata(DocumentInfo info) =>
        info with { Author = info.Author ?? info.Field("prepared_by"), Subject = info.Subject ?? info.Field("subtitle") };

    private static PageTemplate Pages(DocumentInfo info, Theme theme)
    {
        var page = theme.PageSize;
        var left = theme.MarginLeft;
        var right = page.Width - theme.MarginRight;
        var small = theme.Sans(theme.SmallSize);
        var muted = small with { Color = theme.MutedColor };
        var marking = info.Field("marking") ?? theme.BandText;

        var background = ImmutableArray.CreateBuilder<PageElement>();
        if (marking.Length > 0)
        {
            TextPart text = marking.ToUpperInvariant();
            background.Add(new PageText([text], small.Bold(), theme.MarginTop * theme.TopBandBaselineRatio, 0, page.Width, TextAlignment.Center));
            background.Add(new PageText([text], small.Bold(), page.Height - theme.MarginBottom * theme.BottomBandBaselineRatio, 0, page.Width, TextAlignment.Center));
        }

        var header = ImmutableArray.CreateBuilder<PageElement>();
        if (!string.IsNullOrEmpty(info.Title))
        {
            var baseline = theme.MarginTop * theme.HeaderBaselineRatio;
            header.Add(new PageText([info.Title], muted, baseline, left, right, TextAlignment.Left) { FromPage = 2, ShortenToFit = true });
            var rule = baseline + theme.HeaderRuleOffset;
            header.Add(new PageRule(left, rule, right, rule, theme.HeaderRuleThickness, theme.AccentColor) { FromPage = 2 });
        }

        var footerBaseline = page.Height - theme.MarginBottom * theme.FooterBaselineRatio;
        var footerLeft = string.Join(Separator, new[] { info.Field("document_id"), info.Field("date") }.Where(part => !string.IsNullOrEmpty(part)));
        PageElement[] footer =
        [
            new PageText([footerLeft], muted, footerBaseline, left, right, TextAlignment.Left),
            new PageText(["Page ", new PageNumber(), " of ", new TotalPages()], muted, footerBaseline, left, right, TextAlignment.Right),
        ];

        return new PageTemplate { Cover = Cover(info, theme), Background = background.ToImmutable(), Header = header.ToImmutable(), Footer = [.. footer] };
    }

    private static ImmutableArray<CoverItem> Cover(DocumentInfo info, Theme theme)
    {
        var items = ImmutableArray.CreateBuilder<CoverItem>();
        var label = info.Field("label");
        var subtitle = info.Field("subtitle");
        if (!string.IsNullOrWhiteSpace(label))
            items.Add(new CoverLine(StructureTag.P, label.ToUpperInvariant(), theme.Sans(theme.KickerSize).Bold() with { Color = theme.AccentColor }, theme.KickerLeading, 0));
        if (!string.IsNullOrWhiteSpace(info.Title))
            items.Add(new CoverLine(StructureTag.H1, info.Title, theme.Sans(theme.TitleSize).Bold(), theme.TitleSize * theme.TitleLeadingRatio, 2));
        if (!string.IsNullOrWhiteSpace(subtitle))
            items.Add(new CoverLine(StructureTag.P, subtitle, theme.Sans(theme.SubtitleSize) with { Color = theme.MutedColor }, theme.SubtitleSize * theme.SubtitleLeadingRatio, 4));

        var preparedBy = info.Field("prepared_by");
        var byline = string.Join(Separator, new[] { info.Field("date"), string.IsNullOrWhiteSpace(preparedBy) ? null : "Prepared by " + preparedBy, info.Field("cover_note") }
            .Where(part => !string.IsNullOrWhiteSpace(part)));
        if (byline.Length > 0)
            items.Add(new CoverLine(StructureTag.P, byline, theme.Sans(theme.BylineSize) with { Color = theme.MutedColor }, theme.BylineLeading, 8));
        if (items.Count > 0)
            items.Add(new CoverRule(theme.CoverRuleHeight, theme.CoverRuleThickness, theme.AccentColor, 4));
        return items.ToImmutable();
    }
}
