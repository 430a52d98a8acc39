using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// Sets the words the breaker chose for one line: justified lines stretch or shrink their spaces,
/// the last line and lines ending in a forced break stay natural; a justified line whose spaces would
/// grow past <see cref="MaxStretchInSpaces"/> is set ragged instead, and says so (<see cref="TextLine.Loose"/>).
/// Pieces that touch and share style and link are set as one run of text.
/// </summary>
internal sealed class LinePlacer(ITextMeasurer measurer)
{
    /// <summary>A justified line whose spaces would grow beyond this many spaces is set ragged instead.</summary>
    public const double MaxStretchInSpaces = 2.5;

    /// <summary>Sets <paramref name="count"/> words from <paramref name="first"/> as one line.</summary>
    /// <param name="freeEnd">The paragraph's last line or one ending in a forced break: its spaces stay natural.</param>
    public TextLine Place(List<Word> candidates, int first, int count, ParagraphFormat format, bool freeEnd)
    {
        var words = CollectionsMarshal.AsSpan(candidates).Slice(first, count);
        var last = words[^1];
        var hyphen = !freeEnd && last.HyphenAfter;
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
        var hyphenWidth = hyphen ? measurer.Width("-", last.Pieces[^1].Style) : 0;
        natural += hyphenWidth;
        var slack = format.Width - natural;
        var extraPerGap = 0.0;
        var loose = false;
        var x = 0.0;
        switch (format.Alignment)
        {
            // The breaker may end any line, the last one too, where its spaces must shrink to fit.
            case var _ when slack < 0 && gaps > 0:
                extraPerGap = slack / gaps;
                break;
            case TextAlignment.Justify when !freeEnd && gaps > 0:
                extraPerGap = slack / gaps;
                if (extraPerGap > MaxStretchInSpaces * TypicalSpace(words))
                    (extraPerGap, loose) = (0, true);
                break;
            case TextAlignment.Center:
                x = Math.Max(0, slack) / 2;
                break;
            case TextAlignment.Right:
                x = Math.Max(0, slack);
                break;
        }

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
        return new TextLine(pieces.ToImmutable(), natural + extraPerGap * gaps, format.Leading, format.Baseline)
        {
            EndsInsideWord = !freeEnd && last.Continues,
            Loose = loose,
        };
    }

    /// <summary>The width of the first space among the words: what "one space" means for their stretch.</summary>
    public static double TypicalSpace(ReadOnlySpan<Word> words)
    {
        foreach (var word in words)
            if (word.SpaceAfter > 0)
                return word.SpaceAfter;
        return 3;
    }
}
