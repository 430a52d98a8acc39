using System.Runtime.CompilerServices;
using Briefings.Typesetting.Pdf;

namespace Briefings.Testing;

/// <summary>The tests, like the program, run PDFsharp under its AGPL licence.</summary>
internal static class PdfLicence
{
    [ModuleInitializer]
    internal static void UseAgpl() => PdfSharpSetup.UseLicence(null);
}
