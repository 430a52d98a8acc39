using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Briefings.Typesetting.Hyphenation;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// Breaks a paragraph into lines with real font metrics, the way TeX does: a total-fit pass without
/// hyphenation; where that leaves a line too loose, a second pass that may also break inside words
/// (<see cref="Breakpoints"/>); where even that fails, the least bad breaks. The chosen lines are set
/// by <see cref="LinePlacer"/>.
/// </summary>
internal sealed class LineBreaker(ITextMeasurer measurer, LiangHyphenator? hyphenator = null)
{
    /// <summary>TeX's \pretolerance: the badness allowed without hyphenating.</summary>
    public const double FirstPassTolerance = 100;

    /// <summary>TeX's \tolerance: the badness allowed once hyphenation points are candidates.</summary>
    public const double SecondPassTolerance = 200;

    private readonly Breakpoints _breakpoints = new(measurer, hyphenator);
    private readonly LinePlacer _placer = new(measurer);

    public ImmutableArray<TextLine> Break(ImmutableArray<Word> words, ParagraphFormat format)
    {
        if (words.IsEmpty)
            return [];

        var candidates = _breakpoints.BetweenWords(words, format.Width);
        var spacing = SpacingFor(format.Alignment, candidates);
        var hyphens = new double[candidates.Count]; // no hyphenation points before the second pass
        var ends = TotalFit.Breaks(candidates, hyphens, format.Width, spacing, FirstPassTolerance);
        if (ends is null && _breakpoints.InsideWords(candidates) is { } fragments)
        {
            candidates = fragments;
            hyphens = _breakpoints.HyphenWidths(candidates);
            ends = TotalFit.Breaks(candidates, hyphens, format.Width, spacing, SecondPassTolerance);
        }
        ends ??= TotalFit.Breaks(candidates, hyphens, format.Width, spacing, double.PositiveInfinity)!;

        var lines = ImmutableArray.CreateBuilder<TextLine>(ends.Count);
        var start = 0;
        foreach (var end in ends)
        {
            var freeEnd = end == candidates.Count - 1 || candidates[end].BreakAfter;
            lines.Add(_placer.Place(candidates, start, end - start + 1, format, freeEnd));
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
            : new TotalFit.Spacing(0, 0, LineEndStretch: 8 * LinePlacer.TypicalSpace(CollectionsMarshal.AsSpan(words)));
}
