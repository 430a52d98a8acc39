using System.Collections.Immutable;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>One broken line: its pieces, its height (the leading) and its baseline below the line's top.</summary>
internal sealed record TextLine(ImmutableArray<LinePiece> Pieces, double Width, double Height, double Baseline)
{
    public string Text => string.Concat(Pieces.Select(piece => piece.Text));

    /// <summary>The height of the lines stacked.</summary>
    public static double TotalHeight(ImmutableArray<TextLine> lines)
    {
        var height = 0.0;
        foreach (var line in lines)
            height += line.Height;
        return height;
    }
}
