using System.Collections.Immutable;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// Turns styled spans into words: breaks at ordinary spaces (never at no-break spaces) and at forced
/// line breaks; a word may span several styles ("**bold**," is one word of two pieces). Characters
/// the span's font lacks go to a fallback font first. Words a line must not separate are joined.
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
            // Spans that look alike ("Afghanistan", "’", "s") make one piece, measured (and kerned) as one.
            if (pieceSpan is null || pieceSpan.Style != span.Style || pieceSpan.Link != span.Link)
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
        return BindUnbreakable(words);
    }

    /// <summary>
    /// Joins the words a line must not separate (see <see cref="NoBreakRules"/>) into one, keeping the
    /// space between them: "7 October 2023", "p. 12", "occupation [3]". Joined right to left, so that a
    /// chain of pairs becomes one word; each pair is judged by its own two words.
    /// </summary>
    private static ImmutableArray<Word> BindUnbreakable(ImmutableArray<Word>.Builder words)
    {
        if (words.Count < 2)
            return words.ToImmutable();
        var rules = NoBreakRules.Default;
        var first = rules.ShapeOf(TextOf(words[^1]));
        for (var i = words.Count - 1; i > 0; i--)
        {
            var previous = words[i - 1];
            var shape = rules.ShapeOf(TextOf(previous));
            if (previous.SpaceAfter > 0 && !previous.BreakAfter && NoBreakRules.Binds(shape, first))
            {
                // The space belongs to a link only where the words on both sides do.
                var link = previous.Pieces[^1].Link == words[i].Pieces[0].Link ? previous.Pieces[^1].Link : null;
                var space = new WordPiece(" ", previous.Pieces[^1].Style, link, previous.SpaceAfter);
                words[i - 1] = words[i] with { Pieces = [.. previous.Pieces, space, .. words[i].Pieces] };
                words.RemoveAt(i);
            }
            first = shape;
        }
        return words.ToImmutable();
    }

    private static string TextOf(Word word) =>
        word.Pieces.Length == 1 ? word.Pieces[0].Text : string.Concat(word.Pieces.Select(piece => piece.Text));

    private static bool IsBreakingSpace(char ch) =>
        ch is ' ' or '\t' or '\n' or '\r' || (char.IsWhiteSpace(ch) && ch is not ('\u00A0' or '\u202F' or '\u2007'));
}
