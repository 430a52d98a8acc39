using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Layout.Elements;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Typesetting.Markdown.Renderers;

/// <summary>
/// A paragraph that holds one image and nothing else is a figure: the image scaled to fit the column
/// and the page, with its description as a caption beneath it and as the figure's alternate text.
/// An image that cannot be used is reported, and its description printed in its place.
/// </summary>
internal static class FigureRenderer
{
    /// <summary>A figure may take up to this share of the page's text height, leaving room for its caption.</summary>
    private const double MaxPageShare = 0.85;

    public static bool TryWrite(LayoutRenderer renderer, ParagraphBlock paragraph)
    {
        if (SoleImage(paragraph) is not { } image)
            return false;

        var description = AlternateText(image);
        var (loaded, problem) = renderer.Images?.Load(image.Url ?? "") ?? (null, "images are not read for this document");
        if (loaded is null)
        {
            renderer.Warnings.Add($"line {paragraph.Line + 1}: image '{image.Url}' is left out ({problem}); its description is printed instead.");
            return false;
        }

        var theme = renderer.Theme;
        var size = ImageElement.Fit(loaded, renderer.Width, renderer.PageHeight * MaxPageShare);
        Element figure = new ImageElement(loaded, size, description);
        if (description.Length > 0)
        {
            var style = theme.Sans(theme.SmallSize).Italic() with { Color = theme.MutedColor };
            var caption = new TaggedElement(StructureTag.P, renderer.Paragraph(renderer.Spans(image, style), style, theme.SmallSize * theme.CompactLeadingRatio, TextAlignment.Center));
            figure = new KeepWithNextElement(figure, caption, theme.ParagraphSpacing / 2, renderer.Page);
        }
        renderer.AddBlock(figure, theme.ParagraphSpacing);
        return true;
    }

    private static LinkInline? SoleImage(ParagraphBlock paragraph)
    {
        LinkInline? image = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } found when image is null:
                    image = found;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    break;
                default:
                    return null;
            }
        }
        return image;
    }

    private static string AlternateText(LinkInline image)
    {
        var text = new System.Text.StringBuilder();
        foreach (var literal in image.Descendants<LiteralInline>())
            text.Append(literal.Content);
        return text.ToString().Trim();
    }
}
