using System.Collections.Immutable;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// Greedy first-fit line breaking with real font metrics. A word wider than the line is cut into
/// pieces that fit, never clipped. Justified lines stretch their spaces; the last line and lines
/// ending in a forced break stay natural.
/// </summary>
public sealed class LineBreaker(ITextMeasurer measurer)
{
    public ImmutableArray<TextLine> Break(ImmutableArray<Word> words, ParagraphFormat format)
    {
        var lines = ImmutableArray.CreateBuilder<TextLine>();
        var current = new List<Word>();
        var naturalWidth = 0.0;
        var width = format.Width;

        foreach (var original in words)
        {
            foreach (var word in CutToWidth(original, width))
            {
                var spaceBefore = current.Count > 0 ? current[^1].SpaceAfter : 0;
                if (current.Count > 0 && !Tolerance.FitsWithin(naturalWidth + spaceBefore + word.Width, width))
                {
                    lines.Add(Place(current, format, stretch: true));
                    current.Clear();
                    naturalWidth = 0;
                    spaceBefore = 0;
                }
                current.Add(word);
                naturalWidth += spaceBefore + word.Width;
                if (word.BreakAfter)
                {
                    lines.Add(Place(current, format, stretch: false));
                    current.Clear();
                    naturalWidth = 0;
                }
            }
        }
        if (current.Count > 0)
            lines.Add(Place(current, format, stretch: false));
        return lines.ToImmutable();
    }

    private TextLine Place(List<Word> words, ParagraphFormat format, bool stretch)
    {
        var natural = words.Sum(word => word.Width) + words.Take(words.Count - 1).Sum(word => word.SpaceAfter);
        var slack = Math.Max(0, format.Width - natural);
        var extraPerGap = 0.0;
        var x = 0.0;
        switch (format.Alignment)
        {
            case TextAlignment.Justify when stretch && words.Count > 1:
                extraPerGap = slack / (words.Count - 1);
                // A line that would need gaps several spaces wide reads worse justified than ragged.
                if (extraPerGap > MaxStretchInSpaces * AverageSpace(words))
                    extraPerGap = 0;
                break;
            case TextAlignment.Center:
                x = slack / 2;
                break;
            case TextAlignment.Right:
                x = slack;
                break;
        }

        var pieces = ImmutableArray.CreateBuilder<LinePiece>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var last = i == words.Count - 1;
            foreach (var piece in word.Pieces)
            {
                var joinsPrevious = pieces.Count > 0 && extraPerGap == 0 && pieces[^1].Style == piece.Style
                    && pieces[^1].Link == piece.Link;
                if (joinsPrevious)
                    pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + piece.Text, Width = x + piece.Width - pieces[^1].X };
                else
                    pieces.Add(new LinePiece(x, piece.Width, piece.Text, piece.Style, piece.Link));
                x += piece.Width;
            }
            if (!last)
            {
                if (extraPerGap == 0 && word.SpaceAfter > 0)
                    pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + " " };
                x += word.SpaceAfter + extraPerGap;
            }
        }
        return new TextLine(pieces.ToImmutable(), natural + (stretch ? extraPerGap * (words.Count - 1) : 0),
            format.Leading, format.Baseline);
    }

    private const double MaxStretchInSpaces = 2.5;

    private static double AverageSpace(List<Word> words)
    {
        var spaces = words.Take(words.Count - 1).Select(word => word.SpaceAfter).Where(width => width > 0).ToList();
        return spaces.Count > 0 ? spaces.Average() : 1;
    }

    /// <summary>Cuts a word wider than the line into pieces that each fit.</summary>
    private IEnumerable<Word> CutToWidth(Word word, double width)
    {
        if (Tolerance.FitsWithin(word.Width, width) || width <= 0)
        {
            yield return word;
            yield break;
        }
        var chunk = new List<WordPiece>();
        var chunkWidth = 0.0;
        foreach (var piece in word.Pieces)
        {
            var rest = piece.Text;
            while (rest.Length > 0)
            {
                var fit = LongestFittingPrefix(rest, piece.Style, width - chunkWidth);
                if (fit == 0 && chunk.Count > 0)
                {
                    yield return new Word([.. chunk], 0, BreakAfter: false);
                    chunk.Clear();
                    chunkWidth = 0;
                    continue;
                }
                fit = Math.Max(fit, FirstTextElementLength(rest));
                var text = rest[..fit];
                var textWidth = measurer.Width(text, piece.Style);
                chunk.Add(piece with { Text = text, Width = textWidth });
                chunkWidth += textWidth;
                rest = rest[fit..];
                if (rest.Length > 0)
                {
                    yield return new Word([.. chunk], 0, BreakAfter: false);
                    chunk.Clear();
                    chunkWidth = 0;
                }
            }
        }
        if (chunk.Count > 0)
            yield return new Word([.. chunk], word.SpaceAfter, word.BreakAfter);
    }

    private int LongestFittingPrefix(string text, TextStyle style, double width)
    {
        int low = 0, high = text.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Tolerance.FitsWithin(measurer.Width(text[..mid], style), width))
                low = mid;
            else
                high = mid - 1;
        }
        // Never split a surrogate pair.
        if (low > 0 && low < text.Length && char.IsLowSurrogate(text[low]))
            low--;
        return low;
    }

    private static int FirstTextElementLength(string text) =>
        text.Length > 1 && char.IsHighSurrogate(text[0]) && char.IsLowSurrogate(text[1]) ? 2 : 1;
}
