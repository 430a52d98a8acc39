namespace Briefings.Typesetting.Infrastructure;

/// <summary>How a run of text looks. <see cref="Rise"/> lifts superscripts above the baseline.</summary>
public sealed record TextStyle(FontFace Face, double Size, Rgb Color, double Rise = 0)
{
    public TextStyle Bold() => this with { Face = Face.WithBold() };

    public TextStyle Italic() => this with { Face = Face.WithItalic() };

    public TextStyle Superscript() => this with { Size = Size * 0.7, Rise = Rise + Size * 0.33 };
}
