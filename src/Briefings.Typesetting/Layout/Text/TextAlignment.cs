namespace Briefings.Typesetting.Layout.Text;

public enum TextAlignment
{
    Left,
    Justify,
    Center,
    Right,
}
