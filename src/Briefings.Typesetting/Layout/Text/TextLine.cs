using System.Collections.Immutable;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>One broken line: its pieces, its height (the leading) and its baseline below the line's top.</summary>
internal sealed record TextLine(ImmutableArray<LinePiece> Pieces, double Width, double Height, double Baseline)
{
    /// <summary>Whether the line ends inside a word (at a hyphenation point or after a hyphen), which a page should not.</summary>
    public bool EndsInsideWord { get; init; }

    /// <summary>A justified line set ragged because its spaces would have grown too wide.</summary>
    public bool Loose { get; init; }

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
