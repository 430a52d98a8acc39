using Briefings.Typesetting.Hyphenation;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// Where a paragraph's lines may end: between words always; inside a word wider than the line, at
/// whatever character fills it (the word is cut, never clipped); and, once the breaker asks for
/// them, inside words at hyphenation points, after explicit hyphens and inside addresses and paths
/// (see <see cref="WordFragments"/>).
/// </summary>
internal sealed class Breakpoints(ITextMeasurer measurer, LiangHyphenator? hyphenator)
{
    private readonly WordFragments? _fragments = hyphenator is null ? null : new WordFragments(measurer, hyphenator);

    /// <summary>The words as they are, but those wider than <paramref name="width"/> cut into pieces that fit.</summary>
    public List<Word> BetweenWords(IReadOnlyList<Word> words, double width)
    {
        var candidates = new List<Word>(words.Count);
        foreach (var word in words)
        {
            if (Tolerance.FitsWithin(word.Width, width) || width <= 0)
                candidates.Add(word);
            else
                candidates.AddRange(CutToWidth(word, width));
        }
        return candidates;
    }

    /// <summary>The candidates cut further at every place a line may end inside a word; null without a hyphenator.</summary>
    public List<Word>? InsideWords(List<Word> candidates) =>
        _fragments is null ? null : [.. candidates.SelectMany(_fragments.Split)];

    /// <summary>Per candidate, the width of the hyphen a line ending there prints (0 where none is printed).</summary>
    public double[] HyphenWidths(List<Word> candidates)
    {
        var widths = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
            widths[i] = candidates[i].HyphenAfter ? measurer.Width("-", candidates[i].Pieces[^1].Style) : 0;
        return widths;
    }

    /// <summary>Cuts a word wider than the line into pieces that each fit.</summary>
    private IEnumerable<Word> CutToWidth(Word word, double width)
    {
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
                    yield return new Word([.. chunk], 0, breakAfter: false) { Continues = true };
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
                    yield return new Word([.. chunk], 0, breakAfter: false) { Continues = true };
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
