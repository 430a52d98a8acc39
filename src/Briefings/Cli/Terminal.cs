using Spectre.Console;

namespace Briefings.Cli;

/// <summary>Coloured Spectre.Console output on a terminal; plain lines when stdout is redirected (CI, pipes).</summary>
public static class Terminal
{
    public static bool IsInteractive => !Console.IsOutputRedirected;

    /// <summary>Writes a status word (coloured on a terminal) followed by plain text.</summary>
    public static void Status(string word, string colour, string text)
    {
        if (IsInteractive)
            AnsiConsole.MarkupLine($"[{colour}]{Markup.Escape(word),-9}[/] {Markup.Escape(text)}");
        else
            Console.WriteLine($"{word,-9} {text}");
    }

    /// <summary>A table on a terminal; tab-separated lines with a header otherwise.</summary>
    public static void Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (!IsInteractive)
        {
            Console.WriteLine(string.Join('\t', columns));
            foreach (var row in rows)
                Console.WriteLine(string.Join('\t', row));
            return;
        }
        var table = new Table().AddColumns([.. columns]);
        foreach (var row in rows)
            table.AddRow([.. row.Select(Markup.Escape)]);
        AnsiConsole.Write(table);
    }
}
