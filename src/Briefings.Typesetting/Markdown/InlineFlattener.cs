using System.Collections.Immutable;
using System.Globalization;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout.Text;
using Briefings.Typesetting.Markdown.Renderers;
using Briefings.Typesetting.Themes;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;

namespace Briefings.Typesetting.Markdown;

/// <summary>
/// Flattens Markdig inlines into styled spans. Anything it does not style (raw HTML, unknown
/// inlines) still contributes its text, so no word is lost.
/// </summary>
internal sealed class InlineFlattener(Theme theme)
{
    public ImmutableArray<StyledSpan> Flatten(ContainerInline? inlines, TextStyle style)
    {
        var spans = ImmutableArray.CreateBuilder<StyledSpan>();
        if (inlines is not null)
            Append(inlines, style, link: null, spans);
        return spans.ToImmutable();
    }

    private void Append(Inline inline, TextStyle style, string? link, ImmutableArray<StyledSpan>.Builder spans)
    {
        switch (inline)
        {
            case FootnoteLink { IsBackLink: true }:
                break;
            case FootnoteLink footnote:
                Add(footnote.Footnote.Order.ToString(CultureInfo.InvariantCulture), style.Superscript(), "#" + FootnoteGroupRenderer.FootnoteAnchor(footnote.Footnote.Order), spans);
                break;
            case LiteralInline literal:
                Add(literal.Content.ToString(), style, link, spans);
                break;
            case EmphasisInline emphasis:
                var emphasised = emphasis.DelimiterCount >= 2 ? style.Bold() : style.Italic();
                AppendChildren(emphasis, emphasised, link, spans);
                break;
            case CodeInline code:
                Add(code.Content, theme.Sans(style.Size * theme.InlineCodeSizeRatio) with { Color = theme.AccentColor }, link, spans);
                break;
            case LineBreakInline lineBreak:
                spans.Add(lineBreak.IsHard ? StyledSpan.LineBreak(style) : new StyledSpan(" ", style, link));
                break;
            case LinkInline { IsImage: true } image:
                AppendChildren(image, style.Italic(), link, spans);
                break;
            case LinkInline anchor:
                AppendChildren(anchor, style, anchor.GetDynamicUrl?.Invoke() ?? anchor.Url, spans);
                break;
            case AutolinkInline autolink:
                Add(autolink.Url, style, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, spans);
                break;
            case HtmlEntityInline entity:
                Add(entity.Transcoded.ToString(), style, link, spans);
                break;
            case HtmlInline html:
                Add(html.Tag, style, link, spans);
                break;
            case DelimiterInline delimiter:
                Add(delimiter.ToLiteral(), style, link, spans);
                AppendChildren(delimiter, style, link, spans);
                break;
            case ContainerInline container:
                AppendChildren(container, style, link, spans);
                break;
        }
    }

    private void AppendChildren(ContainerInline container, TextStyle style, string? link, ImmutableArray<StyledSpan>.Builder spans)
    {
        foreach (var child in container)
            Append(child, style, link, spans);
    }

    private static void Add(string text, TextStyle style, string? link, ImmutableArray<StyledSpan>.Builder spans)
    {
        if (text.Length > 0)
            spans.Add(new StyledSpan(text, style, link));
    }
}
