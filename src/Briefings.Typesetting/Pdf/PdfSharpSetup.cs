using PdfSharp.Fonts;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// PDFsharp's process-wide settings: the licence the program runs under and the font resolver for
/// the bundled fonts. The licence is chosen at start-up and applied, with the fonts, just before
/// PDFsharp is first used, on whichever thread gets there first: loading PDFsharp takes a few
/// milliseconds that <c>render</c> spends on its warm-up thread while the Markdown is parsed.
/// </summary>
public static class PdfSharpSetup
{
    private static readonly Lock Gate = new();
    private static string? _commercialLicenceFile;
    private static bool _ready;

    /// <summary>
    /// Chooses PDFsharp's AGPL licence (this program is AGPL-3.0-only) or, with a file, a commercial
    /// licence; applied by <see cref="EnsureReady"/>.
    /// </summary>
    public static void UseLicence(string? commercialLicenceFile)
    {
        lock (Gate)
            _commercialLicenceFile = commercialLicenceFile;
    }

    /// <summary>Applies the licence and the font resolver, once; every use of PDFsharp calls this first.</summary>
    public static void EnsureReady()
    {
        lock (Gate)
        {
            if (_ready)
                return;
            if (string.IsNullOrEmpty(_commercialLicenceFile))
                PdfSharp.PdfSharpLicense.SetAgplLicense();
            else
                LoadCommercialLicence(_commercialLicenceFile);
            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            _ready = true;
        }
    }

    private static void LoadCommercialLicence(string file)
    {
        try
        {
            PdfSharp.PdfSharpLicense.LoadLicense(file);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            throw new TypesettingException($"{file}: the commercial PDFsharp licence could not be loaded: {error.Message}", error);
        }
    }
}
