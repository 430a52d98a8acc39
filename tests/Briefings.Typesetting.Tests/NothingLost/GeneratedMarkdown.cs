using FsCheck;
using FsCheck.Fluent;

namespace Briefings.Typesetting.Tests.NothingLost;

/// <summary>
/// Markdown documents built from the blocks a brief can hold, with hostile cases mixed in: words of
/// thousands of characters, tables of up to 30 columns, lists and quotes nested six deep, control
/// and zero-width characters, and the empty document. Table cells hold short words: a row taller
/// than a page is split, and is then read page by page rather than cell by cell (tested apart).
/// </summary>
public static class GeneratedMarkdown
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éüßçØΩЖжλ’“”—";
    private static readonly string[] Oddities = ["\u200B", "\u202E", "\u202C", "\u0007", "\u00A0", "\u200D"];

    public static Arbitrary<string> Documents => Arb.From(Gen.OneOf(
        Gen.Constant(""),
        Gen.Choose(1, 12).SelectMany(count => Gen.ListOf(Block, count)).Select(blocks => string.Join("\n\n", blocks))));

    private static Gen<string> ShortWord => Gen.Frequency(
        (40, Gen.Choose(1, 12).SelectMany(length => Gen.ArrayOf(Gen.Elements(Letters.ToCharArray()), length)).Select(chars => new string(chars))),
        (4, Gen.Elements(".", ",", ";", "?", "!").SelectMany(mark => Gen.Elements("said", "Kabul", "2024").Select(word => word + mark))),
        (3, Gen.Elements(Oddities).Select(odd => "zero" + odd + "width")));

    private static Gen<string> Word => Gen.Frequency(
        (47, ShortWord),
        (1, Gen.Choose(200, 5000).Select(length => new string('w', length))));

    private static Gen<string> Words(int min, int max, Gen<string>? word = null) =>
        Gen.Choose(min, max).SelectMany(count => Gen.ListOf(word ?? Word, count)).Select(words => string.Join(" ", words));

    private static Gen<string> Inline => Gen.Frequency(
        (6, Words(1, 6)),
        (1, Words(1, 3).Select(text => $"**{text}**")),
        (1, Words(1, 3).Select(text => $"*{text}*")),
        (1, Words(1, 2).Select(text => $"[{text}](https://example.org/{text.Length})")),
        (1, Words(1, 1).Select(text => $"`{text}`")));

    private static Gen<string> Footnoted =>
        Words(1, 4).SelectMany(text => Gen.Choose(1, 3).Select(note => $"{text}[^n{note}]\n\n[^n{note}]: note {note} {text}"));

    private static Gen<string> Sentence =>
        Gen.Choose(1, 8).SelectMany(count => Gen.ListOf(Inline, count)).Select(parts => string.Join(" ", parts));

    private static Gen<string> Paragraph => Gen.Choose(1, 6).SelectMany(count => Gen.ListOf(Sentence, count)).Select(parts => string.Join(" ", parts));

    private static Gen<string> Block => Gen.Frequency(
        (6, Paragraph),
        (2, Gen.Choose(1, 4).SelectMany(level => Words(1, 6).Select(text => new string('#', level) + " " + text))),
        (1, Gen.Choose(1, 4).Select(level => new string('#', level))),
        (2, List),
        (1, Quote),
        (2, Table),
        (1, Words(1, 12).Select(text => "```\n" + text + "\n```")),
        (1, Footnoted),
        (1, Gen.Constant("---")));

    private static Gen<string> List =>
        Gen.Choose(1, 8).SelectMany(count => Gen.ListOf(Gen.Choose(0, 5).SelectMany(depth => Gen.Elements("- ", "1. ")
                .SelectMany(marker => Sentence.Select(text => new string(' ', depth * 3) + marker + text))), count))
            .Select(items => string.Join("\n", NormaliseDepth(items)));

    private static Gen<string> Quote =>
        Gen.Choose(1, 6).SelectMany(depth => Paragraph.Select(text => new string('>', depth) + " " + text));

    private static Gen<string> Table =>
        from columns in Gen.Choose(1, 30)
        from rows in Gen.Choose(1, 8)
        from cells in Gen.ListOf(Words(0, 4, ShortWord), columns * (rows + 1))
        select string.Join("\n", new[]
        {
            Row(cells.Take(columns)),
            Row(Enumerable.Repeat("---", columns)),
        }.Concat(Enumerable.Range(1, rows).Select(row => Row(cells.Skip(row * columns).Take(columns)))));

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(cell => cell.Length == 0 ? "x" : cell)) + " |";

    /// <summary>A list item may be nested at most one level deeper than the item before it.</summary>
    private static IEnumerable<string> NormaliseDepth(IEnumerable<string> items)
    {
        var previousIndent = -3;
        foreach (var item in items)
        {
            var indent = item.Length - item.TrimStart().Length;
            indent = Math.Min(indent, previousIndent + 3);
            previousIndent = indent;
            yield return new string(' ', Math.Max(0, indent)) + item.TrimStart();
        }
    }
}
