using System.Collections.Immutable;
using Briefings.Typesetting.Hyphenation;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// Cuts a word into fragments at the places a line may end inside it: after an explicit hyphen or
/// dash between letters, and at the hyphenation points of its lower-case letter runs. Names and
/// acronyms are left whole. A web or e-mail address or a file path is not hyphenated but may end a
/// line, as Typst's addresses do, after <c>/</c>, <c>-</c> and <c>_</c> and before <c>.</c> and
/// <c>@</c>, never printing a hyphen (one would read as part of the address).
/// </summary>
internal sealed class WordFragments(ITextMeasurer measurer, LiangHyphenator hyphenator)
{
    public IEnumerable<Word> Split(Word word)
    {
        var text = word.Pieces.Length == 1 ? word.Pieces[0].Text : string.Concat(word.Pieces.Select(piece => piece.Text));
        var cuts = Cuts(text);
        if (cuts.Count == 0)
        {
            yield return word;
            yield break;
        }

        var start = 0;
        foreach (var (position, hyphen) in cuts)
        {
            yield return new Word(Slice(word.Pieces, start, position), 0, breakAfter: false) { HyphenAfter = hyphen, Continues = true };
            start = position;
        }
        yield return word with { Pieces = Slice(word.Pieces, start, text.Length) };
    }

    private List<Cut> Cuts(string text)
    {
        var cuts = new List<Cut>();
        if (LooksLikeAddressOrPath(text))
            return AddressCuts(text, cuts);
        if (text.Length < hyphenator.LeftMin + hyphenator.RightMin)
            return cuts;

        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                if (IsDash(text[i]) && i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    cuts.Add(new Cut(i + 1, Hyphen: false));
                i++;
                continue;
            }
            var runStart = i;
            while (i < text.Length && char.IsLetter(text[i]))
                i++;
            var run = text.AsSpan(runStart, i - runStart);
            if (IsHyphenatable(run))
            {
                foreach (var point in hyphenator.Points(run))
                    cuts.Add(new Cut(runStart + point, Hyphen: true));
            }
        }
        return cuts;
    }

    /// <summary>The pieces covering characters [start, end) of the word, re-measured where a piece is cut.</summary>
    private ImmutableArray<WordPiece> Slice(ImmutableArray<WordPiece> pieces, int start, int end)
    {
        var result = ImmutableArray.CreateBuilder<WordPiece>();
        var offset = 0;
        foreach (var piece in pieces)
        {
            var from = Math.Max(start, offset);
            var to = Math.Min(end, offset + piece.Text.Length);
            if (from < to)
            {
                result.Add(from == offset && to == offset + piece.Text.Length
                    ? piece
                    : Measured(piece, piece.Text[(from - offset)..(to - offset)]));
            }
            offset += piece.Text.Length;
        }
        return result.ToImmutable();
    }

    private WordPiece Measured(WordPiece piece, string text) => piece with { Text = text, Width = measurer.Width(text, piece.Style) };

    /// <summary>
    /// Lower-case words only: names (Haniyeh, Taliban) are what a reader scans for and are never
    /// divided, and neither are acronyms (UNAMA).
    /// </summary>
    private bool IsHyphenatable(ReadOnlySpan<char> run)
    {
        if (run.Length < hyphenator.LeftMin + hyphenator.RightMin)
            return false;
        foreach (var ch in run)
        {
            if (!char.IsLower(ch))
                return false;
        }
        return true;
    }

    /// <summary>A place a line may end inside the word: before the character at <see cref="Position"/>.</summary>
    private sealed record Cut(int Position, bool Hyphen);

    private static bool IsDash(char ch) => ch is '-' or '\u2010' or '\u2013' or '\u2014';

    /// <summary>An address (<c>https://…</c>, <c>www.…</c>, <c>name@host</c>) or a path (<c>a/b</c>, <c>a\b</c>, <c>file_name</c>).</summary>
    private static bool LooksLikeAddressOrPath(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (text.Length > 4 && HasAddressMark(text.AsSpan(1, text.Length - 2)));

    // A loop rather than SearchValues, whose generic searchers the JIT would compile on every run.
    private static bool HasAddressMark(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            if (ch is '@' or '/' or '\\' or '_')
                return true;
        }
        return false;
    }

    /// <summary>
    /// Breaks after <c>/</c>, <c>\</c>, <c>-</c>, <c>_</c> and before <c>.</c> and <c>@</c>, never inside
    /// the <c>//</c> of a scheme, and leaving at least five characters before the break and three after,
    /// so that no stub such as <c>002_</c> or <c>.c</c> stands alone on a line.
    /// </summary>
    private static List<Cut> AddressCuts(string text, List<Cut> cuts)
    {
        const int Before = 5;
        const int After = 3;
        for (var i = Before; i <= text.Length - After; i++)
        {
            var before = text[i - 1];
            var after = text[i];
            var afterMark = before is '/' or '\\' or '-' or '_' && after is not ('/' or '\\');
            var beforeMark = after is '.' or '@' && before is not ('.' or '/');
            if (afterMark || beforeMark)
                cuts.Add(new Cut(i, Hyphen: false));
        }
        return cuts;
    }
}
