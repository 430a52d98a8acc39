using System.Collections.Immutable;

namespace Briefings.Typesetting.Layout.Tables;

/// <summary>A table's columns: their widths, where each column's text starts and how wide its lines may be.</summary>
internal sealed record TablePlan(ImmutableArray<double> ColumnWidths, ImmutableArray<double> TextX, ImmutableArray<double> TextWidths);
