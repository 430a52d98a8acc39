using System.Globalization;
using System.Text;
using Briefings.Testing;
using Briefings.Typesetting.Themes;

namespace Briefings.Typesetting.Tests.NothingLost;

/// <summary>The text of a written PDF's body areas, as poppler's pdftotext extracts it in content order.</summary>
public static class PdfText
{
    public static string BodyText(byte[] pdf, Theme theme)
    {
        var path = Path.Combine(Path.GetTempPath(), $"nothing-lost-{Environment.ProcessId}-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var body = theme.BodySizeOnPage;
            string Points(double value) => ((int)Math.Round(value)).ToString(CultureInfo.InvariantCulture);
            var (exitCode, output) = ExternalTool.Run("pdftotext", "-raw", "-enc", "UTF-8",
                "-x", Points(theme.MarginLeft - 2), "-y", Points(theme.MarginTop - 2),
                "-W", Points(body.Width + 4), "-H", Points(body.Height + 4), path, "-");
            return exitCode == 0 ? output : throw new InvalidOperationException("pdftotext failed: " + output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The characters that carry text: no white space, no control or invisible format characters.</summary>
    public static string Visible(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var ch in text)
            if (!char.IsWhiteSpace(ch) && char.GetUnicodeCategory(ch) is not (UnicodeCategory.Control or UnicodeCategory.Format))
                result.Append(ch);
        return result.ToString();
    }
}
