using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// Kerns and compresses each page's content stream on a worker thread as soon as the page is drawn, while the
/// writer, which PDFsharp confines to one thread, draws the next page; the compressed streams are
/// handed back to PDFsharp before the document is saved.
/// </summary>
internal sealed class ContentStreamCompression
{
    private readonly List<(PdfReference Reference, Task<byte[]> Compressed)> _pending = [];

    /// <summary>
    /// Starts compressing the content of a page whose drawing is finished (its graphics disposed),
    /// once the page's kerning is put in (a page drawn by one XGraphics has one content stream).
    /// </summary>
    public void Start(PdfPage page, PageKerning kerning)
    {
        if (!kerning.IsEmpty && page.Contents.Elements.Count != 1)
            throw new InvalidOperationException("A kerned page has one content stream.");
        foreach (var item in page.Contents.Elements)
        {
            if (item is PdfReference { Value: PdfContent content } reference && content.Stream?.Value is { } raw)
                _pending.Add((reference, Task.Run(() => PdfStreamCompressor.Deflate(kerning.Apply(raw).Span))));
        }
    }

    /// <summary>Puts the compressed streams in place; returns their object numbers, which need no further compression.</summary>
    public IReadOnlySet<int> Finish()
    {
        var finished = new HashSet<int>();
        foreach (var (reference, compressed) in _pending)
        {
            var content = (PdfContent)reference.Value;
            content.Stream.Value = compressed.GetAwaiter().GetResult();
            content.Elements.SetName("/Filter", "/FlateDecode");
            finished.Add(reference.ObjectNumber);
        }
        _pending.Clear();
        return finished;
    }
}
