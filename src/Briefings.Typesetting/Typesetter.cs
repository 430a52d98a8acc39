using Briefings.Typesetting.Hyphenation;
using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Layout.Paging;
using Briefings.Typesetting.Layout.Text;
using Briefings.Typesetting.Markdown;
using Briefings.Typesetting.Pdf;

namespace Briefings.Typesetting;

/// <summary>
/// The typesetting stage's façade: Markdown (with optional YAML front matter) and a theme in,
/// laid-out pages and PDF bytes out. It knows documents, pages and fonts, nothing about briefs.
/// </summary>
public sealed class Typesetter(Theme theme)
{
    public Theme Theme => theme;

    /// <param name="creationDate">Stamped into the PDF; fixed by the caller so that the same input gives the same bytes.</param>
    /// <param name="folder">The folder image paths are relative to (and confined to); null leaves images out.</param>
    public TypesetDocument Typeset(string markdown, DateTimeOffset? creationDate = null, string? folder = null)
    {
        var measurer = new PdfTextMeasurer();
        var fallback = new FontFallback(measurer, theme.FallbackFamilies);
        var (document, frontMatter, parseWarnings) = DocumentParser.Parse(markdown);
        var info = frontMatter with { CreationDate = creationDate ?? DateTimeOffset.UnixEpoch };

        var body = theme.BodySizeOnPage;
        var cover = new CoverBlock(theme, measurer, fallback).Build(info, body.Width);
        var renderer = new LayoutRenderer(theme, measurer, fallback, HyphenationPatterns.For(info.Language), new PdfImageLoader(folder));
        var content = renderer.RenderDocument(document, body.Width, cover);
        var bodies = new Paginator(body, theme.MarginLeft, theme.MarginTop).Paginate(content);
        var pages = new PageFurniture(theme, info, measurer, fallback).Decorate(bodies);
        return new TypesetDocument(info, pages, [.. parseWarnings, .. renderer.Warnings, .. MissingGlyphs.Describe(fallback.Missing)]);
    }

    public byte[] WritePdf(TypesetDocument document) => new PdfFrameWriter(theme.PdfA).Write(document);

    public byte[] Render(string markdown, DateTimeOffset? creationDate = null, string? folder = null) =>
        WritePdf(Typeset(markdown, creationDate, folder));
}
