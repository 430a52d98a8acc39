using System.Collections.Immutable;
using Briefings.Typesetting.Layout.Text;

namespace Briefings.Typesetting.Layout.Tables;

/// <summary>A cell's text, already broken into lines at its column's width.</summary>
public sealed record TableCell(ImmutableArray<TextLine> Lines)
{
    public double Height { get; } = Lines.Sum(line => line.Height);
}
