using System.Collections.Immutable;

namespace Briefings.Typesetting.Layout.Tables;

/// <summary>
/// A table's columns: their widths, where each column's text starts and how wide its lines may be;
/// <paramref name="WordsFit"/> is false when the columns' longest words do not fit side by side, so
/// that words would be cut letter by letter.
/// </summary>
internal sealed record TablePlan(ImmutableArray<double> ColumnWidths, ImmutableArray<double> TextX, ImmutableArray<double> TextWidths, bool WordsFit);
