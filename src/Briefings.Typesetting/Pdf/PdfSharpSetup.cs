using PdfSharp.Fonts;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// PDFsharp's process-wide settings: the font resolver for the bundled fonts, applied just before
/// PDFsharp is first used, on whichever thread gets there first: loading PDFsharp takes a few
/// milliseconds that <c>render</c> spends on its warm-up thread while the Markdown is parsed.
/// </summary>
internal static class PdfSharpSetup
{
    private static readonly Lock Gate = new();
    private static bool _ready;

    /// <summary>Applies the font resolver, once; every use of PDFsharp calls this first.</summary>
    public static void EnsureReady()
    {
        lock (Gate)
        {
            if (_ready)
                return;
            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            _ready = true;
        }
    }
}
