using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Briefings.Typesetting.Layout.Tables;

/// <summary>
/// Column widths from content, as Typst sizes <c>auto</c> columns: every column gets at least its
/// min-content width (its longest word); when the max-content widths (each cell on one line) do not
/// all fit, columns whose max-content is below a common level keep it, so short columns are set on
/// one line, and the columns of long text share the rest equally, never below their min-content. When
/// everything fits, the table spans the column it sits in, in proportion to content. When even the
/// longest words do not fit, columns share the width in proportion and the line breaker cuts the words.
/// </summary>
/// <remarks>
/// Plain loops over arrays rather than LINQ: each LINQ operator over doubles is a generic
/// instantiation the JIT compiles at start-up, which cost a one-shot render more than the sums.
/// </remarks>
internal static class ColumnWidths
{
    /// <summary>
    /// Whether every column gets its min-content width: false when the longest words (each capped as
    /// <see cref="Distribute"/> caps them) add up to more than <paramref name="width"/>.
    /// </summary>
    public static bool WordsFit(IReadOnlyList<double> minimum, double width)
    {
        var cap = Cap(minimum.Count, width);
        var total = 0.0;
        foreach (var value in minimum)
            total += Math.Min(value, cap);
        return total <= width;
    }

    /// <param name="minimum">Per column: the widest word, padding included.</param>
    /// <param name="maximum">Per column: the widest cell set on one line, padding included.</param>
    public static ImmutableArray<double> Distribute(IReadOnlyList<double> minimum, IReadOnlyList<double> maximum, double width)
    {
        var count = minimum.Count;
        if (count == 0)
            return [];
        var cap = Cap(count, width);
        var least = new double[count];
        var most = new double[count];
        for (var i = 0; i < count; i++)
        {
            least[i] = Math.Min(minimum[i], cap);
            most[i] = Math.Max(maximum[i], least[i]);
        }
        var leastTotal = Sum(least);
        var mostTotal = Sum(most);

        if (leastTotal >= width)
            return Scale(leastTotal > 0 ? least : Ones(count), width);
        if (mostTotal <= width)
            return Scale(most, width);

        // The level L at which the columns' widths, min(most, max(least, L)), add up to the width:
        // the total grows continuously with L, so halving the interval finds it.
        double low = 0, high = 0;
        foreach (var value in most)
            high = Math.Max(high, value);
        for (var step = 0; step < 64; step++)
        {
            var level = (low + high) / 2;
            if (TotalAt(least, most, level) > width)
                high = level;
            else
                low = level;
        }
        var widths = new double[count];
        for (var i = 0; i < count; i++)
            widths[i] = At(least[i], most[i], low);
        // What the search leaves over (a rounding error) goes to the widest column.
        var widest = 0;
        for (var i = 1; i < count; i++)
            if (widths[i] > widths[widest])
                widest = i;
        widths[widest] += width - Sum(widths);
        return ImmutableCollectionsMarshal.AsImmutableArray(widths);
    }

    /// <summary>One column's very long word must not squeeze the others to nothing.</summary>
    private static double Cap(int count, double width) => count > 1 ? width / 2 : width;

    private static double At(double least, double most, double level) => Math.Min(most, Math.Max(least, level));

    private static double TotalAt(double[] least, double[] most, double level)
    {
        var total = 0.0;
        for (var i = 0; i < least.Length; i++)
            total += At(least[i], most[i], level);
        return total;
    }

    private static ImmutableArray<double> Scale(double[] weights, double width)
    {
        var total = Sum(weights);
        var widths = new double[weights.Length];
        for (var i = 0; i < weights.Length; i++)
            widths[i] = total <= 0 ? width / weights.Length : weights[i] / total * width;
        return ImmutableCollectionsMarshal.AsImmutableArray(widths);
    }

    private static double Sum(double[] values)
    {
        var total = 0.0;
        foreach (var value in values)
            total += value;
        return total;
    }

    private static double[] Ones(int count)
    {
        var ones = new double[count];
        Array.Fill(ones, 1.0);
        return ones;
    }
}
