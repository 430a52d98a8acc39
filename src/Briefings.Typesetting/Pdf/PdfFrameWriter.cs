using Briefings.Typesetting.Documents;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// Turns laid-out pages into PDF with PDFsharp: text, rules and fills, links, outline and
/// metadata. Streams are compressed here rather than by PDFsharp: each page's content on another
/// core while the next page is drawn, the rest after saving, all as complete zlib streams. Last,
/// the random identifiers PDFsharp stamps are made deterministic.
/// </summary>
/// <param name="pdfA">Write PDF/A-1a (archival: tagged, sRGB output intent, XMP identification).</param>
/// <param name="tagged">Write the structure tree (tagged PDF); PDF/A-1a is always tagged.</param>
internal sealed class PdfFrameWriter(bool pdfA = false, bool tagged = true)
{
    private readonly Dictionary<(FontFace, double), XFont> _fonts = [];
    private readonly Dictionary<Rgb, XSolidBrush> _brushes = [];
    private readonly Dictionary<string, XImage> _images = new(StringComparer.Ordinal);

    public byte[] Write(TypesetDocument document)
    {
        using var drawn = Draw(document);
        return drawn.Save();
    }

    /// <summary>Draws every page; <see cref="DrawnPdf.Save"/> then writes the file.</summary>
    internal DrawnPdf Draw(TypesetDocument document)
    {
        PdfSharpSetup.EnsureReady();
        var pdf = new PdfDocument();
        try
        {
            pdf.Options.NoCompression = true;
            pdf.Options.CompressContentStreams = false;
            if (pdfA)
                pdf.SetPdfA();
            var tags = new TaggedContent(tagged || pdfA ? UAManager.ForDocument(pdf) : null);
            WriteInfo(pdf, document.Info);

            var anchors = AnchorPages.Of(document.Pages.Select(frame => frame.Items));
            var outline = new OutlineBuilder(pdf);
            var contents = new ContentStreamCompression();
            foreach (var frame in document.Pages)
            {
                var page = pdf.AddPage();
                page.Width = XUnit.FromPoint(frame.PageSize.Width);
                page.Height = XUnit.FromPoint(frame.PageSize.Height);
                var kerning = new PageKerning();
                using (var graphics = XGraphics.FromPdfPage(page))
                    DrawPage(frame, page, graphics, kerning, tags, outline, anchors);
                contents.Start(page, kerning);
            }
            tags.EndDocument();

            if (outline.HasEntries)
                pdf.PageMode = PdfPageMode.UseOutlines;
            return new DrawnPdf(pdf, contents, TakeImages());
        }
        catch
        {
            pdf.Dispose();
            foreach (var image in TakeImages())
                image.Dispose();
            throw;
        }
    }

    /// <summary>The images drawn so far, which the drawn PDF (or, on failure, the writer) releases.</summary>
    private List<XImage> TakeImages()
    {
        var images = _images.Values.ToList();
        _images.Clear();
        return images;
    }

    private void DrawPage(PageFrame frame, PdfPage page, XGraphics graphics, PageKerning kerning, TaggedContent tags, OutlineBuilder outline, Dictionary<string, int> anchors)
    {
        foreach (var item in frame.Items)
        {
            switch (item)
            {
                case TagStart tag:
                    tags.Begin(tag);
                    break;
                case TagEnd:
                    tags.End();
                    break;
                case TextItem text:
                    var paragraph = tags.BeforeContent(new XRect(text.X, text.Baseline - text.Style.Size, text.Width, text.Style.Size * 1.25));
                    var linked = text.Link is { Length: > 0 } link && Annotation(link, LinkArea(text, frame.PageSize.Height), anchors) is { } annotation
                        && tags.BeforeLink(page, annotation, text.Text.Trim());
                    DrawKerned(graphics, kerning, text);
                    tags.AfterLink(linked);
                    tags.AfterContent(paragraph);
                    break;
                case ImageItem image:
                    var figure = tags.BeforeContent(new XRect(image.X, image.Y, image.Width, image.Height));
                    graphics.DrawImage(Image(image.Image), image.X, image.Y, image.Width, image.Height);
                    tags.AfterContent(figure);
                    break;
                case LineItem line:
                    var lineArtifact = tags.BeforeDecoration();
                    graphics.DrawLine(new XPen(Color(line.Color), line.Thickness), line.X1, line.Y1, line.X2, line.Y2);
                    tags.AfterDecoration(lineArtifact);
                    break;
                case RectItem rect:
                    var rectArtifact = tags.BeforeDecoration();
                    graphics.DrawRectangle(Brush(rect.Color), rect.X, rect.Y, rect.Width, rect.Height);
                    tags.AfterDecoration(rectArtifact);
                    break;
                case AnchorItem anchor:
                    if (anchor.OutlineLevel > 0)
                        outline.Add(anchor.OutlineLevel, anchor.Title, page);
                    break;
            }
        }
        tags.EndPage();
    }

    /// <summary>
    /// Draws the text as the measurer measured it: PDFsharp sets a string without kerning, so the
    /// text's kerning is noted for the page's content stream, where it goes in after drawing.
    /// </summary>
    private void DrawKerned(XGraphics graphics, PageKerning kerning, TextItem text)
    {
        graphics.DrawString(text.Text, Font(text.Style), Brush(text.Style.Color), text.X, text.Baseline, XStringFormats.BaseLineLeft);
        kerning.Drawn(PdfTextMeasurer.Kerning(text.Text, text.Style));
    }

    /// <summary>A link to a web address or, for <c>#name</c>, to the page of that anchor; null for an anchor that does not exist.</summary>
    private static PdfLinkAnnotation? Annotation(string link, PdfRectangle area, Dictionary<string, int> anchors)
    {
        PdfLinkAnnotation? annotation;
        if (link.StartsWith('#'))
            annotation = anchors.TryGetValue(link[1..], out var target) ? PdfLinkAnnotation.CreateDocumentLink(area, target) : null;
        else
            annotation = PdfLinkAnnotation.CreateWebLink(area, link);
        if (annotation is not null)
            Stable(annotation);
        return annotation;
    }

    /// <summary>Drops the random name (/NM) and the clock time (/M) PDFsharp gives every annotation; both are optional.</summary>
    private static void Stable(PdfSharp.Pdf.Annotations.PdfAnnotation annotation)
    {
        annotation.Elements.Remove("/NM");
        annotation.Elements.Remove("/M");
    }

    private static void WriteInfo(PdfDocument pdf, DocumentInfo info)
    {
        pdf.Info.Title = info.MetadataTitle;
        pdf.Info.Author = info.Author ?? "";
        pdf.Info.Subject = info.Subject ?? "";
        pdf.Info.Keywords = info.Keywords ?? "";
        pdf.Info.Creator = "Briefings";
        pdf.Info.CreationDate = info.CreationDate.UtcDateTime;
        pdf.Info.ModificationDate = info.CreationDate.UtcDateTime;
        pdf.Language = info.Language;
        pdf.ViewerPreferences.DisplayDocTitle = true;
    }

    /// <summary>The clickable area of a text item, in PDF space (origin bottom-left).</summary>
    private static PdfRectangle LinkArea(TextItem text, double pageHeight)
    {
        var top = text.Baseline - text.Style.Size * 0.8;
        var bottom = text.Baseline + text.Style.Size * 0.25;
        return new PdfRectangle(new XPoint(text.X, pageHeight - bottom), new XPoint(text.X + text.Width, pageHeight - top));
    }

    private XFont Font(TextStyle style)
    {
        var key = (style.Face, style.Size);
        if (!_fonts.TryGetValue(key, out var font))
            _fonts[key] = font = PdfTextMeasurer.Font(style.Face, style.Size);
        return font;
    }

    /// <summary>One XObject per image file, however often it is drawn; released with the writer's document.</summary>
    private XImage Image(LoadedImage image)
    {
        if (!_images.TryGetValue(image.Key, out var xImage))
            _images[image.Key] = xImage = XImage.FromStream(new MemoryStream(image.Bytes, writable: false));
        return xImage;
    }

    private XSolidBrush Brush(Rgb color)
    {
        if (!_brushes.TryGetValue(color, out var brush))
            _brushes[color] = brush = new XSolidBrush(Color(color));
        return brush;
    }

    private static XColor Color(Rgb color) => XColor.FromArgb(color.R, color.G, color.B);
}
