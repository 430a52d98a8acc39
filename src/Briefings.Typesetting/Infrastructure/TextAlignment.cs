namespace Briefings.Typesetting.Infrastructure;

public enum TextAlignment
{
    Left,
    Justify,
    Center,
    Right,
}
