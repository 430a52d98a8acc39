using System.Text;
using Briefings.Testing;
using Xunit;

namespace Briefings.Typesetting.Tests.Pdf;

/// <summary>A written PDF's objects as text, decompressed by qpdf so that tests can look for keys.</summary>
public static class PdfSource
{
    public static string Uncompressed(byte[] pdf)
    {
        ExternalTool.Require("qpdf");
        var input = Path.Combine(Path.GetTempPath(), $"pdf-source-{Guid.NewGuid():N}.pdf");
        var output = input + ".qdf";
        File.WriteAllBytes(input, pdf);
        try
        {
            var (exitCode, message) = ExternalTool.Run("qpdf", "--qdf", "--object-streams=disable", input, output);
            Assert.True(exitCode == 0, message);
            return Encoding.Latin1.GetString(File.ReadAllBytes(output));
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }
}
