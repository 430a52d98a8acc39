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
    /// <param name="whole">Columns never broken across lines on a terminal (an id, the thing users copy).</param>
    /// <param name="truncated">The column cut short with an ellipsis, on one line, so the whole columns fit.</param>
    public static void Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows, IReadOnlySet<int>? whole = null, int? truncated = null)
    {
        if (!IsInteractive)
        {
            Console.WriteLine(string.Join('\t', columns));
            foreach (var row in rows)
                Console.WriteLine(string.Join('\t', row));
            return;
        }
        var table = new Table();
        var cells = rows.Select(row => row.ToArray()).ToList();
        var widths = whole is null ? null : Widths(columns, cells, whole, truncated);
        for (var index = 0; index < columns.Count; index++)
            table.AddColumn(widths is null ? new TableColumn(columns[index]) : new TableColumn(columns[index]) { Width = widths[index] }.NoWrap());
        foreach (var row in cells)
            table.AddRow([.. row.Select((cell, index) => new Text(widths is null ? cell : Cut(cell, widths[index])))]);
        AnsiConsole.Write(table);
    }

    /// <summary>
    /// Column widths that fit the terminal with one line a row: whole columns as wide as their widest
    /// cell; what is left goes first to the truncated column, then to the others (each at least 5).
    /// </summary>
    private static int[] Widths(IReadOnlyList<string> columns, List<string[]> rows, IReadOnlySet<int> whole, int? truncated)
    {
        const int narrowest = 5;
        var natural = columns.Select((name, index) => rows.Select(row => row[index].Length).Append(name.Length).Max()).ToArray();
        var widths = natural.Select((width, index) => whole.Contains(index) ? width : Math.Min(width, narrowest)).ToArray();
        var left = AnsiConsole.Profile.Width - (3 * columns.Count + 1) - widths.Sum();
        var flexible = Enumerable.Range(0, columns.Count).Where(index => !whole.Contains(index)).OrderBy(index => index == truncated ? 0 : 1);
        foreach (var index in flexible)
        {
            var more = Math.Clamp(natural[index] - widths[index], 0, Math.Max(0, left));
            widths[index] += more;
            left -= more;
        }
        return widths;
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..Math.Max(0, width - 1)] + "…";
}
