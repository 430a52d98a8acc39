using System.CommandLine;
using Briefings.Common;
using Briefings.Composition;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Themes;

namespace Briefings.Cli.Commands;

/// <summary><c>render file.md -o file.pdf</c>: typesets any Markdown file with the brief theme.</summary>
public static class RenderCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("markdown") { Description = "The Markdown file (YAML front matter sets title, marking, etc.)." };
        var output = new Option<FileInfo>("--output", "-o") { Description = "The PDF to write.", Required = true };
        var theme = new Option<FileInfo?>("--theme") { Description = "A theme.yaml to use instead of the house defaults." };
        var pdfA = new Option<bool>("--pdf-a") { Description = "Write PDF/A-1a, for archiving (as pdf_a: true in the theme)." };
        var command = new Command("render", "Typeset a Markdown file into a PDF with the brief theme.") { input, output, theme, pdfA };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(theme), parse.GetValue(pdfA)));
        return command;
    }

    private static int Run(FileInfo input, FileInfo output, FileInfo? themeFile, bool pdfA)
    {
        Theme theme;
        try
        {
            theme = themeFile is null ? Theme.Default : ThemeLoader.Load(themeFile.FullName, themeFile.ToString());
        }
        catch (TypesettingException error)
        {
            Console.Error.WriteLine($"briefings: {ErrorText.Of(error)}");
            return ExitCodes.BadInput;
        }
        if (pdfA)
            theme = theme with { PdfA = true };
        if (!input.Exists)
        {
            Console.Error.WriteLine($"briefings: {input.FullName}: the Markdown file does not exist.");
            return ExitCodes.BadInput;
        }
        try
        {
            var markdown = File.ReadAllText(input.FullName);
            // The console's first write costs several milliseconds (terminal and encoding set-up):
            // paid on the warm-up thread once it is done, rather than after the PDF is written.
            var (document, pdf) = BriefPageStyle.Typesetter(theme).RenderOnce(markdown, input.DirectoryName, afterWarmUp: () => _ = (Console.Out, Console.Error),
                name: Path.GetFileNameWithoutExtension(input.Name));
            AtomicFile.Write(output.FullName, pdf);
            foreach (var warning in document.Warnings)
                Console.Error.WriteLine($"briefings: warning: {input.Name}: {warning}");
            Console.WriteLine($"rendered  {document.Pages.Length} pages  {output.FullName}");
            return ExitCodes.Success;
        }
        catch (Exception error) when (error is TypesettingException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"briefings: {ErrorText.Of(error, input.Name)}");
            return ExitCodes.SomeBriefsFailed;
        }
    }
}
