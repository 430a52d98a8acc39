using System.Collections.Immutable;
using Briefings.Typesetting.Documents;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Hyphenation;
using Briefings.Typesetting.Layout.Elements;
using Briefings.Typesetting.Layout.Paging;
using Briefings.Typesetting.Layout.Text;
using Briefings.Typesetting.Markdown;
using Briefings.Typesetting.Pdf;
using Briefings.Typesetting.Themes;
using Markdig.Syntax;

namespace Briefings.Typesetting;

/// <summary>
/// The typesetting stage's façade: Markdown (with optional YAML front matter) and a theme in,
/// laid-out pages and PDF bytes out. It knows documents, pages and fonts, nothing about briefs: the
/// caller's <see cref="DocumentStyle"/> says what the front matter means for the metadata and composes
/// the cover, header and footer (none by default).
/// </summary>
public sealed class Typesetter(Theme theme, DocumentStyle? style = null)
{
    private readonly DocumentStyle _style = style ?? DocumentStyle.Plain;

    private readonly TaskCompletionSource _writing = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Theme Theme => theme;

    /// <param name="creationDate">Stamped into the PDF; fixed by the caller so that the same input gives the same bytes.</param>
    /// <param name="folder">The folder image paths are relative to (and confined to); null leaves images out.</param>
    /// <param name="name">The document's name (its file name without extension): the PDF's title when it has neither a front matter title nor a heading.</param>
    public TypesetDocument Typeset(string markdown, DateTimeOffset? creationDate = null, string? folder = null, string? name = null)
    {
        var (document, frontMatter, parseWarnings) = DocumentParser.Parse(markdown, theme.SmartPunctuation);
        var measurer = new PdfTextMeasurer();
        var fallback = new FontFallback(measurer, theme.FallbackFamilies);
        var read = frontMatter with { CreationDate = creationDate ?? DateTimeOffset.UnixEpoch };
        var info = _style.Metadata(read);
        var template = _style.Pages(read);

        var body = theme.BodySizeOnPage;
        var cover = new CoverBlock(measurer, fallback).Build(template.Cover, body.Width);
        var renderer = new LayoutRenderer(theme, measurer, fallback, HyphenationPatterns.For(info.Language), new PdfImageLoader(folder));
        var paginator = new Paginator(body, theme.MarginLeft, theme.MarginTop);
        var bodies = info.Toc
            ? PaginateWithContents(renderer, document, cover, paginator, new TableOfContents(theme, measurer, fallback))
            : paginator.Paginate(renderer.RenderDocument(document, body.Width, cover));
        var pages = new PageFurniture(theme.PageSize, template, measurer, fallback).Decorate(bodies);
        info = info with { FallbackTitle = renderer.Headings.Count > 0 ? renderer.Headings[0].Title : name };
        return new TypesetDocument(info, pages, [.. parseWarnings, .. renderer.Warnings, .. MissingGlyphs.Describe(fallback.Missing)]);
    }

    /// <summary>
    /// Lays the document out twice: first with contents entries that have no page numbers, then with
    /// the pages the first pass found. The entries are as tall either way, so the pages do not move.
    /// </summary>
    private ImmutableArray<ImmutableArray<FrameItem>> PaginateWithContents(LayoutRenderer renderer, MarkdownDocument document,
        ImmutableArray<ColumnItem> cover, Paginator paginator, TableOfContents contents)
    {
        var width = theme.BodySizeOnPage.Width;
        var content = renderer.RenderDocument(document, width, []);
        ColumnElement Column(IReadOnlyDictionary<string, int>? pages) => new([.. cover,
            new ColumnItem(renderer.Headings.Count > 0 ? contents.Build(renderer.Headings, width, pages) : new ColumnElement([]), theme.HeadingSpaceAbove),
            new ColumnItem(content, theme.HeadingSpaceAbove)]);

        var firstPass = Column(pages: null);
        var anchorPages = AnchorPages.Of(paginator.Paginate(firstPass));
        firstPass.ResetCursor();
        return paginator.Paginate(Column(anchorPages));
    }

    public byte[] WritePdf(TypesetDocument document)
    {
        _writing.TrySetResult();
        return new PdfFrameWriter(theme.PdfA, theme.Tagged).Write(document);
    }

    public byte[] Render(string markdown, DateTimeOffset? creationDate = null, string? folder = null, string? name = null) =>
        WritePdf(Typeset(markdown, creationDate, folder, name));

    /// <summary>
    /// Typesets and writes one document the fastest way for a process that does nothing else and then
    /// ends (<c>render</c>): first-use costs are paid on another thread (<see cref="WarmUp"/>), and
    /// there are no garbage collections in a region sized from the input (<see cref="CollectionFreeRegion"/>).
    /// <paramref name="afterWarmUp"/> runs on that thread once it is done: the caller's own first-use
    /// costs, such as setting up the console. Gives the same pages and bytes as <see cref="Render"/>.
    /// </summary>
    public (TypesetDocument Document, byte[] Pdf) RenderOnce(string markdown, string? folder = null, Action? afterWarmUp = null, string? name = null)
    {
        using var noCollections = CollectionFreeRegion.Enter(markdown.Length);
        _ = WarmUp().ContinueWith(_ => afterWarmUp?.Invoke(), TaskScheduler.Default);
        var document = Typeset(markdown, folder: folder, name: name);
        return (document, WritePdf(document));
    }

    /// <summary>
    /// Pays first-use costs on another thread: loading PDFsharp, the hyphenation patterns of the
    /// default language and the no-break rules while the Markdown is parsed, then drawing a small document covering the PDF
    /// writer's features (fonts, structure tree), built directly as frames. It saves that document
    /// (font subsets, compression, hashing) only once the real document is being written: the second
    /// core is then free to help break the real document's lines, and idle again while its pages are
    /// drawn. A one-shot process (<c>render</c>) starts it first; if no PDF is written, it waits
    /// until the process ends. It changes no output.
    /// </summary>
    public Task WarmUp() => Task.Run(async () =>
    {
        PdfSharpSetup.EnsureReady();
        _ = HyphenationPatterns.For(new DocumentInfo().Language);
        _ = NoBreakRules.Default.ShapeOf("7"); // builds the rules' regular expressions and runs one
        using var drawn = new PdfFrameWriter(theme.PdfA, theme.Tagged).Draw(WriterWarmUp.Document(theme));
        await _writing.Task;
        drawn.Save();
    });
}
