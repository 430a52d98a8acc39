using System.Collections.Immutable;

namespace Briefings.Typesetting.Layout.Tables;

/// <summary>
/// Column widths from content, as browsers size automatic tables: every column gets at least its
/// longest word, the rest of the width goes where the text is long, and the table spans the column
/// it sits in. When even the longest words do not fit, columns share the width in proportion and the
/// line breaker cuts the words.
/// </summary>
public static class ColumnWidths
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
        minimum = [.. minimum.Select(min => Math.Min(min, cap))];
        maximum = [.. maximum.Select((max, i) => Math.Max(max, minimum[i]))];
        var minTotal = minimum.Sum();
        var maxTotal = maximum.Sum();

        if (minTotal >= width)
            return Scale(minTotal > 0 ? minimum : [.. Enumerable.Repeat(1.0, count)], width);
        if (maxTotal <= width)
            return Scale(maximum, width);

        var share = (width - minTotal) / (maxTotal - minTotal);
        return [.. Enumerable.Range(0, count).Select(i => minimum[i] + (maximum[i] - minimum[i]) * share)];
    }

    private static ImmutableArray<double> Scale(IReadOnlyList<double> weights, double width)
    {
        var total = weights.Sum();
        return total <= 0
            ? [.. Enumerable.Repeat(width / weights.Count, weights.Count)]
            : [.. weights.Select(weight => weight / total * width)];
    }
}
