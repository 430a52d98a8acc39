using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Briefings.Typesetting.Hyphenation;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// Breaks a paragraph into lines with real font metrics, the way TeX does: a total-fit pass without
/// hyphenation; where that leaves a line too loose, a second pass that may also break at hyphenation
/// points and after explicit hyphens; where even that fails, the least bad breaks. A word wider than
/// the line is cut into pieces that fit, never clipped. Justified lines stretch or shrink their
/// spaces; the last line and lines ending in a forced break stay natural.
/// </summary>
internal sealed class LineBreaker(ITextMeasurer measurer, LiangHyphenator? hyphenator = null)
{
    /// <summary>TeX's \pretolerance: the badness allowed without hyphenating.</summary>
    public const double FirstPassTolerance = 100;

    /// <summary>TeX's \tolerance: the badness allowed once hyphenation points are candidates.</summary>
    public const double SecondPassTolerance = 200;

    /// <summary>A justified line whose spaces would grow beyond this many spaces is set ragged instead.</summary>
    private const double MaxStretchInSpaces = 2.5;

    private readonly WordFragments? _fragments = hyphenator is null ? null : new WordFragments(measurer, hyphenator);

    public ImmutableArray<TextLine> Break(ImmutableArray<Word> words, ParagraphFormat format)
    {
        if (words.IsEmpty)
            return [];

        var candidates = new List<Word>(words.Length);
        foreach (var word in words)
        {
            if (Tolerance.FitsWithin(word.Width, format.Width) || format.Width <= 0)
                candidates.Add(word);
            else
                candidates.AddRange(CutToWidth(word, format.Width));
        }
        var spacing = SpacingFor(format.Alignment, candidates);
        var hyphens = new double[candidates.Count]; // no hyphenation points before the second pass
        var ends = TotalFit.Breaks(candidates, hyphens, format.Width, spacing, FirstPassTolerance);
        if (ends is null && _fragments is not null)
        {
            candidates = [.. candidates.SelectMany(_fragments.Split)];
            hyphens = HyphenWidths(candidates);
            ends = TotalFit.Breaks(candidates, hyphens, format.Width, spacing, SecondPassTolerance);
        }
        ends ??= TotalFit.Breaks(candidates, hyphens, format.Width, spacing, double.PositiveInfinity)!;

        var lines = ImmutableArray.CreateBuilder<TextLine>(ends.Count);
        var start = 0;
        foreach (var end in ends)
        {
            var last = candidates[end];
            var freeEnd = end == candidates.Count - 1 || last.BreakAfter;
            lines.Add(Place(candidates, start, end - start + 1, format, stretch: !freeEnd, hyphen: !freeEnd && last.HyphenAfter));
            start = end + 1;
        }
        return lines.MoveToImmutable();
    }

    /// <summary>
    /// Justified spaces may grow by half and shrink by a third, as TeX's; ragged lines keep natural
    /// spaces and may fall short of the width by about two ems.
    /// </summary>
    private static TotalFit.Spacing SpacingFor(TextAlignment alignment, List<Word> words) =>
        alignment == TextAlignment.Justify
            ? new TotalFit.Spacing(StretchPerSpace: 0.5, ShrinkPerSpace: 1.0 / 3, LineEndStretch: 0)
            : new TotalFit.Spacing(0, 0, LineEndStretch: 8 * TypicalSpace(CollectionsMarshal.AsSpan(words)));

    private double[] HyphenWidths(List<Word> words)
    {
        var widths = new double[words.Count];
        for (var i = 0; i < words.Count; i++)
            widths[i] = words[i].HyphenAfter ? measurer.Width("-", words[i].Pieces[^1].Style) : 0;
        return widths;
    }

    /// <summary>Sets <paramref name="count"/> words from <paramref name="first"/> as one line.</summary>
    private TextLine Place(List<Word> candidates, int first, int count, ParagraphFormat format, bool stretch, bool hyphen)
    {
        var words = CollectionsMarshal.AsSpan(candidates).Slice(first, count);
        double wordWidths = 0, spaces = 0;
        var gaps = 0;
        for (var i = 0; i < words.Length; i++)
        {
            wordWidths += words[i].Width;
            if (i < words.Length - 1)
            {
                spaces += words[i].SpaceAfter;
                if (words[i].SpaceAfter > 0)
                    gaps++;
            }
        }
        var natural = wordWidths + spaces;
        var hyphenWidth = hyphen ? measurer.Width("-", words[^1].Pieces[^1].Style) : 0;
        natural += hyphenWidth;
        var slack = format.Width - natural;
        var extraPerGap = 0.0;
        var x = 0.0;
        switch (format.Alignment)
        {
            // The breaker may end any line, the last one too, where its spaces must shrink to fit.
            case var _ when slack < 0 && gaps > 0:
                extraPerGap = slack / gaps;
                break;
            case TextAlignment.Justify when stretch && gaps > 0:
                extraPerGap = slack / gaps;
                if (extraPerGap > MaxStretchInSpaces * TypicalSpace(words))
                    extraPerGap = 0;
                break;
            case TextAlignment.Center:
                x = Math.Max(0, slack) / 2;
                break;
            case TextAlignment.Right:
                x = Math.Max(0, slack);
                break;
        }

        // Pieces that touch and share style and link are set as one run of text.
        var pieces = ImmutableArray.CreateBuilder<LinePiece>();
        var run = new StringBuilder();
        WordPiece? runPiece = null;
        double runX = 0, runWidth = 0;
        void EndRun()
        {
            if (runPiece is not null)
                pieces.Add(new LinePiece(runX, runWidth, run.ToString(), runPiece.Style, runPiece.Link));
            run.Clear();
        }

        var adjoins = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            foreach (var piece in word.Pieces)
            {
                if (adjoins && runPiece!.Style == piece.Style && runPiece.Link == piece.Link)
                {
                    runWidth = x + piece.Width - runX;
                }
                else
                {
                    EndRun();
                    (runPiece, runX, runWidth) = (piece, x, piece.Width);
                }
                run.Append(piece.Text);
                x += piece.Width;
                adjoins = true;
            }
            if (word.SpaceAfter <= 0)
                continue;
            // The space is written even where the gap is stretched, and after the line's last word,
            // so that text extraction and screen readers see separate words; it is invisible, so
            // its width does not matter.
            run.Append(' ');
            if (i == words.Length - 1)
                continue;
            adjoins = extraPerGap == 0;
            x += word.SpaceAfter + extraPerGap;
        }
        if (hyphen)
        {
            run.Append('-');
            runWidth += hyphenWidth;
        }
        EndRun();
        return new TextLine(pieces.ToImmutable(), natural + extraPerGap * gaps, format.Leading, format.Baseline);
    }

    private static double TypicalSpace(ReadOnlySpan<Word> words)
    {
        foreach (var word in words)
            if (word.SpaceAfter > 0)
                return word.SpaceAfter;
        return 3;
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
