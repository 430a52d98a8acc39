using System.Collections.Immutable;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// Turns styled spans into words: breaks at ordinary spaces (never at no-break spaces) and at forced
/// line breaks; a word may span several styles ("**bold**," is one word of two pieces). Characters
/// the span's font lacks go to a fallback font first.
/// </summary>
internal sealed class WordSplitter(ITextMeasurer measurer, FontFallback fallback)
{
    public ImmutableArray<Word> Split(IEnumerable<StyledSpan> spans)
    {
        var words = ImmutableArray.CreateBuilder<Word>();
        var pieces = ImmutableArray.CreateBuilder<WordPiece>();
        var text = new System.Text.StringBuilder();
        StyledSpan? pieceSpan = null;

        void FlushPiece()
        {
            if (text.Length > 0 && pieceSpan is not null)
            {
                var pieceText = text.ToString();
                pieces.Add(new WordPiece(pieceText, pieceSpan.Style, pieceSpan.Link, measurer.Width(pieceText, pieceSpan.Style)));
            }
            text.Clear();
        }

        void FlushWord(TextStyle spaceStyle, bool spaceFollows, bool breakAfter)
        {
            FlushPiece();
            if (pieces.Count > 0)
                words.Add(new Word(pieces.ToImmutable(), spaceFollows ? measurer.Width(" ", spaceStyle) : 0, breakAfter));
            else if (breakAfter && words.Count > 0)
                words[^1] = words[^1] with { BreakAfter = true };
            pieces.Clear();
        }

        foreach (var span in fallback.Apply(spans))
        {
            if (span.IsLineBreak)
            {
                FlushWord(span.Style, spaceFollows: false, breakAfter: true);
                continue;
            }
            if (!ReferenceEquals(pieceSpan, span))
            {
                FlushPiece();
                pieceSpan = span;
            }
            foreach (var ch in span.Text)
            {
                if (IsBreakingSpace(ch))
                    FlushWord(span.Style, spaceFollows: true, breakAfter: false);
                else
                    text.Append(ch);
            }
        }
        if (pieceSpan is not null)
            FlushWord(pieceSpan.Style, spaceFollows: false, breakAfter: false);
        return BindCitationMarks(words);
    }

    /// <summary>A citation mark ("[4]", "[2, 5].") never starts a line: it is joined to the word before it.</summary>
    private static ImmutableArray<Word> BindCitationMarks(ImmutableArray<Word>.Builder words)
    {
        for (var i = words.Count - 1; i > 0; i--)
        {
            var previous = words[i - 1];
            if (previous.SpaceAfter <= 0 || previous.BreakAfter || !IsCitationMark(words[i]))
                continue;
            var space = new WordPiece(" ", previous.Pieces[^1].Style, null, previous.SpaceAfter);
            words[i - 1] = words[i] with { Pieces = [.. previous.Pieces, space, .. words[i].Pieces] };
            words.RemoveAt(i);
        }
        return words.ToImmutable();
    }

    private static bool IsCitationMark(Word word)
    {
        var text = word.Pieces.Length == 1 ? word.Pieces[0].Text : string.Concat(word.Pieces.Select(piece => piece.Text));
        var end = text.AsSpan().TrimEnd(".,;:");
        if (end.Length < 3 || end[0] != '[' || end[^1] != ']')
            return false;
        foreach (var ch in end[1..^1])
            if (!char.IsAsciiDigit(ch) && ch is not (',' or ' ' or '–' or '-' or '[' or ']'))
                return false;
        return true;
    }

    private static bool IsBreakingSpace(char ch) =>
        ch is ' ' or '\t' or '\n' or '\r' || (char.IsWhiteSpace(ch) && ch is not ('\u00A0' or '\u202F' or '\u2007'));
}
