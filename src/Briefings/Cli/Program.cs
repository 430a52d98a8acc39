using System.CommandLine;
using Briefings.Cli.Commands;
using Briefings.Typesetting.Pdf;

namespace Briefings.Cli;

public static class Program
{
    /// <summary>Names a commercial PDFsharp licence file; without it PDFsharp runs under the AGPL.</summary>
    public const string LicenceVariable = "BRIEFINGS_PDFSHARP_LICENSE";

    public static int Main(string[] args)
    {
        var licence = Environment.GetEnvironmentVariable(LicenceVariable);
        if (!string.IsNullOrEmpty(licence) && !File.Exists(licence))
        {
            Console.Error.WriteLine($"briefings: {LicenceVariable} names {licence}, which does not exist.");
            return ExitCodes.BadInput;
        }
        PdfSharpSetup.UseLicence(licence);
        var root = new RootCommand("Briefings: turn a folder of news articles into print-ready PDF briefs.")
        {
            BuildCommand.Create(),
            RenderCommand.Create(),
            ArticlesCommand.Create(),
            ShowCommand.Create(),
            EntitiesCommand.Create(),
            ExplainCommand.Create(),
            WatchCommand.Create(),
            EmailCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }
}
