using System.Collections.Immutable;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// The unit the line breaker places: styled pieces with no break opportunity between them, the width
/// of the space that follows, and whether a forced line break follows. A word the breaker may split
/// is cut into fragments: each but the last has no space after, and <see cref="HyphenAfter"/> says
/// whether a line ending there prints a hyphen (a hyphenation point) or not (after an explicit hyphen).
/// </summary>
internal sealed record Word
{
    public Word(ImmutableArray<WordPiece> pieces, double spaceAfter, bool breakAfter)
    {
        Pieces = pieces;
        SpaceAfter = spaceAfter;
        BreakAfter = breakAfter;
    }

    /// <summary>Setting the pieces (also through <c>with</c>) sets <see cref="Width"/>.</summary>
    public ImmutableArray<WordPiece> Pieces
    {
        get;
        init
        {
            field = value;
            var width = 0.0;
            foreach (var piece in value)
                width += piece.Width;
            Width = width;
        }
    }

    public double Width { get; private init; }

    public double SpaceAfter { get; init; }

    public bool BreakAfter { get; init; }

    public bool HyphenAfter { get; init; }

    /// <summary>Whether the next word continues this one (a fragment boundary, not a space).</summary>
    public bool Continues { get; init; }
}

internal sealed record WordPiece(string Text, TextStyle Style, string? Link, double Width);
