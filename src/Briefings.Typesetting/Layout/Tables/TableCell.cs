using System.Collections.Immutable;
using Briefings.Typesetting.Layout.Text;

namespace Briefings.Typesetting.Layout.Tables;

/// <summary>A cell's text, broken into lines at its column's width (possibly not yet: see <see cref="DeferredLines"/>).</summary>
internal sealed class TableCell(DeferredLines lines)
{
    private double? _height;

    public TableCell(ImmutableArray<TextLine> lines) : this(DeferredLines.Of(lines))
    {
    }

    public ImmutableArray<TextLine> Lines => lines.Value;

    public double Height => _height ??= TextLine.TotalHeight(Lines);
}
