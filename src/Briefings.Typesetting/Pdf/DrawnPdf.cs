using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// A PDF whose pages are all drawn, ready to be saved: PDFsharp writes it, the streams not yet
/// compressed are compressed, and the random identifiers are made deterministic.
/// </summary>
internal sealed class DrawnPdf(PdfDocument pdf, ContentStreamCompression contents, IReadOnlyList<XImage> images) : IDisposable
{
    public byte[] Save()
    {
        var compressed = contents.Finish();
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return DeterministicIdentifiers.Apply(PdfStreamCompressor.Compress(output.GetBuffer().AsMemory(0, (int)output.Length), compressed));
    }

    public void Dispose()
    {
        pdf.Dispose();
        foreach (var image in images)
            image.Dispose();
    }
}
