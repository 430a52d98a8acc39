namespace Briefings.Typesetting.Infrastructure;

/// <summary>A family name as the font resolver knows it, plus weight and slant.</summary>
public sealed record FontFace(string Family, bool Bold = false, bool Italic = false)
{
    public FontFace WithBold(bool bold = true) => this with { Bold = bold };

    public FontFace WithItalic(bool italic = true) => this with { Italic = italic };

    public override string ToString() => Family + (Bold ? " Bold" : "") + (Italic ? " Italic" : "");
}
