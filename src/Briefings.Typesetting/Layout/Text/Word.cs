using System.Collections.Immutable;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// The unit the line breaker places: styled pieces with no break opportunity between them, the width
/// of the space that follows, and whether a forced line break follows.
/// </summary>
public sealed record Word(ImmutableArray<WordPiece> Pieces, double SpaceAfter, bool BreakAfter)
{
    public double Width { get; } = Pieces.Sum(piece => piece.Width);
}

public sealed record WordPiece(string Text, TextStyle Style, string? Link, double Width);
