using PdfSharp.Fonts;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// PDFsharp's process-wide settings, made once: the licence the program runs under and the font
/// resolver for the bundled fonts.
/// </summary>
public static class PdfSharpSetup
{
    private static readonly Lock Gate = new();
    private static bool _fontsReady;

    /// <summary>Selects PDFsharp's AGPL licence (this program is AGPL-3.0-only), or a commercial licence file.</summary>
    public static void UseLicence(string? commercialLicenceFile)
    {
        if (string.IsNullOrEmpty(commercialLicenceFile))
            PdfSharp.PdfSharpLicense.SetAgplLicense();
        else
            PdfSharp.PdfSharpLicense.LoadLicense(commercialLicenceFile);
    }

    public static void EnsureFonts()
    {
        lock (Gate)
        {
            if (_fontsReady)
                return;
            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            _fontsReady = true;
        }
    }
}
