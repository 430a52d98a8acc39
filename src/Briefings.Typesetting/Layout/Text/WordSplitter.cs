using System.Collections.Immutable;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// Turns styled spans into words: breaks at ordinary spaces (never at no-break spaces) and at forced
/// line breaks; a word may span several styles ("**bold**," is one word of two pieces). Characters
/// the span's font lacks go to a fallback font first.
/// </summary>
public sealed class WordSplitter(ITextMeasurer measurer, FontFallback fallback)
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
        return words.ToImmutable();
    }

    private static bool IsBreakingSpace(char ch) =>
        ch is ' ' or '\t' or '\n' or '\r' || (char.IsWhiteSpace(ch) && ch is not ('\u00A0' or '\u202F' or '\u2007'));
}
