using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Briefings.Typesetting.Layout.Tables;

/// <summary>
/// Column widths from content, as browsers size automatic tables: every column gets at least its
/// longest word, the rest of the width goes where the text is long, and the table spans the column
/// it sits in. When even the longest words do not fit, columns share the width in proportion and the
/// line breaker cuts the words.
/// </summary>
/// <remarks>
/// Plain loops over arrays rather than LINQ: each LINQ operator over doubles is a generic
/// instantiation the JIT compiles at start-up, which cost a one-shot render more than the sums.
/// </remarks>
internal static class ColumnWidths
{
    /// <param name="minimum">Per column: the widest word, padding included.</param>
    /// <param name="maximum">Per column: the widest cell set on one line, padding included.</param>
    public static ImmutableArray<double> Distribute(IReadOnlyList<double> minimum, IReadOnlyList<double> maximum, double width)
    {
        var count = minimum.Count;
        if (count == 0)
            return [];
        // One column's very long word must not squeeze the others to nothing.
        var cap = count > 1 ? width / 2 : width;
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

        var share = (width - leastTotal) / (mostTotal - leastTotal);
        var widths = new double[count];
        for (var i = 0; i < count; i++)
            widths[i] = least[i] + (most[i] - least[i]) * share;
        return ImmutableCollectionsMarshal.AsImmutableArray(widths);
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
