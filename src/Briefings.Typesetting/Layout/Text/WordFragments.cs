using System.Collections.Immutable;
using Briefings.Typesetting.Hyphenation;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// Cuts a word into fragments at the places a line may end inside it: after an explicit hyphen or
/// dash between letters, and at the hyphenation points of its lower-case letter runs. Names,
/// acronyms and anything that looks like an address are left whole.
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
        if (text.Length < hyphenator.LeftMin + hyphenator.RightMin || LooksLikeAddress(text))
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

    private static bool LooksLikeAddress(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.Contains('@') || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
