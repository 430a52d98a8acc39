using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>Text placed at <see cref="X"/> from the line's start.</summary>
internal sealed record LinePiece(double X, double Width, string Text, TextStyle Style, string? Link);
