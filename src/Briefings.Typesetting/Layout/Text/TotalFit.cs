using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// Knuth and Plass's total-fit line breaking: of all the ways to break a paragraph, the one with the
/// least total demerits, where a line's demerits grow with the cube of how far its spaces stretch or
/// shrink, with the penalty of a hyphen, with two hyphens in a row and with a tight line next to a
/// loose one. Every word boundary is a candidate; a forced break or the paragraph's end leaves the
/// line's end free (TeX's \parfillskip).
/// </summary>
internal static class TotalFit
{
    private const double LinePenalty = 10;
    private const double HyphenPenalty = 50;
    private const double DoubleHyphenDemerits = 3000;
    private const double FinalHyphenDemerits = 5000;
    private const double AdjacentFitnessDemerits = 3000;
    private const double InfiniteBadness = 10000;
    private const int FitnessClasses = 4;

    /// <summary>How the spaces of a line may be adjusted.</summary>
    /// <param name="StretchPerSpace">How far a space may grow, as a fraction of its width (justified text).</param>
    /// <param name="ShrinkPerSpace">How far a space may shrink, as a fraction of its width (justified text).</param>
    /// <param name="LineEndStretch">Stretch at every line's end (ragged text: how ragged a line may be).</param>
    public sealed record Spacing(double StretchPerSpace, double ShrinkPerSpace, double LineEndStretch);

    /// <summary>
    /// The indices of the words that end a line, in order (the last word always among them), or null
    /// when no set of breaks keeps every line's badness within <paramref name="tolerance"/>.
    /// Pass <see cref="double.PositiveInfinity"/> for a tolerance that always finds breaks.
    /// </summary>
    public static List<int>? Breaks(IReadOnlyList<Word> words, IReadOnlyList<double> hyphenWidths, double width, Spacing spacing, double tolerance)
    {
        var n = words.Count;
        var natural = new double[n + 1];
        var stretch = new double[n + 1];
        var shrink = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            natural[i + 1] = natural[i] + words[i].Width + words[i].SpaceAfter;
            stretch[i + 1] = stretch[i] + words[i].SpaceAfter * spacing.StretchPerSpace;
            shrink[i + 1] = shrink[i] + words[i].SpaceAfter * spacing.ShrinkPerSpace;
        }

        // best[At(k, f)]: least demerits of a paragraph prefix whose last line ends before word k with
        // fitness f, reached from the line start fromStart[At(k, f)] with fitness fromFitness[At(k, f)].
        // Flat arrays: a paragraph is broken twice, and a rectangular array costs far more to make.
        var best = new double[(n + 1) * FitnessClasses];
        var fromStart = new int[(n + 1) * FitnessClasses];
        var fromFitness = new int[(n + 1) * FitnessClasses];
        best.AsSpan(FitnessClasses).Fill(double.PositiveInfinity);

        for (var start = 0; start < n; start++)
        {
            if (IsUnreachable(start))
                continue;
            for (var end = start; end < n; end++)
            {
                var word = words[end];
                var freeEnd = end == n - 1 || word.BreakAfter;
                var hyphenated = word.Continues && !freeEnd;
                var lineNatural = natural[end + 1] - natural[start] - word.SpaceAfter + (hyphenated && word.HyphenAfter ? hyphenWidths[end] : 0);
                var lineStretch = stretch[end + 1] - stretch[start] - word.SpaceAfter * spacing.StretchPerSpace + spacing.LineEndStretch;
                var lineShrink = shrink[end + 1] - shrink[start] - word.SpaceAfter * spacing.ShrinkPerSpace;

                var tooLong = lineNatural - lineShrink > width + Tolerance.Points;
                if (tooLong && end > start)
                    break;

                var ratio = Ratio(width - lineNatural, freeEnd ? double.PositiveInfinity : lineStretch, lineShrink, tooLong);
                var badness = Badness(ratio);
                if (ratio >= -1 && badness <= tolerance)
                    Relax(start, end, ratio, badness, hyphenated, freeEnd);
                else if (end == start && double.IsPositiveInfinity(tolerance))
                    Relax(start, end, Math.Max(ratio, -1), InfiniteBadness, hyphenated, freeEnd); // a word cut to the width: its own line

                if (word.BreakAfter)
                    break;
            }
        }

        bool IsUnreachable(int k)
        {
            for (var f = 0; f < FitnessClasses; f++)
                if (!double.IsPositiveInfinity(best[At(k, f)]))
                    return false;
            return true;
        }

        void Relax(int start, int end, double ratio, double badness, bool hyphenated, bool freeEnd)
        {
            var fitness = Fitness(ratio);
            var penalty = hyphenated ? HyphenPenalty : 0;
            var lineDemerits = Math.Pow(LinePenalty + Math.Min(badness, 1e6), 2) + penalty * penalty;
            var previousHyphenated = start > 0 && words[start - 1].Continues;
            for (var f = 0; f < FitnessClasses; f++)
            {
                if (double.IsPositiveInfinity(best[At(start, f)]))
                    continue;
                var demerits = best[At(start, f)] + lineDemerits;
                if (previousHyphenated && hyphenated)
                    demerits += DoubleHyphenDemerits;
                if (previousHyphenated && freeEnd && end == words.Count - 1)
                    demerits += FinalHyphenDemerits;
                if (start > 0 && Math.Abs(fitness - f) > 1)
                    demerits += AdjacentFitnessDemerits;
                var to = At(end + 1, fitness);
                if (demerits < best[to])
                {
                    best[to] = demerits;
                    fromStart[to] = start;
                    fromFitness[to] = f;
                }
            }
        }

        var bestFitness = -1;
        for (var f = 0; f < FitnessClasses; f++)
            if (!double.IsPositiveInfinity(best[At(n, f)]) && (bestFitness < 0 || best[At(n, f)] < best[At(n, bestFitness)]))
                bestFitness = f;
        if (bestFitness < 0)
            return null;

        var ends = new List<int>();
        for (var (k, f) = (n, bestFitness); k > 0; (k, f) = (fromStart[At(k, f)], fromFitness[At(k, f)]))
            ends.Add(k - 1);
        ends.Reverse();
        return ends;
    }

    private static int At(int word, int fitness) => word * FitnessClasses + fitness;

    /// <summary>How far the line's spaces move: 1 is all of their stretch, -1 all of their shrink.</summary>
    private static double Ratio(double slack, double stretch, double shrink, bool tooLong)
    {
        if (tooLong)
            return double.NegativeInfinity;
        if (slack >= 0)
            return double.IsPositiveInfinity(stretch) ? 0 : stretch > 0 ? slack / stretch : slack <= Tolerance.Points ? 0 : double.PositiveInfinity;
        return shrink > 0 ? slack / shrink : -1;
    }

    private static double Badness(double ratio) =>
        double.IsInfinity(ratio) ? double.PositiveInfinity : 100 * Math.Pow(Math.Abs(ratio), 3);

    /// <summary>TeX's fitness classes: tight, decent, loose, very loose.</summary>
    private static int Fitness(double ratio) => ratio switch
    {
        < -0.5 => 0,
        <= 0.5 => 1,
        <= 1 => 2,
        _ => 3,
    };
}
