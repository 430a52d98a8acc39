namespace Briefings.Typesetting.Fonts;

/// <summary>
/// The font families embedded in the program (this folder's <c>.ttf</c> files), each regular, bold,
/// italic and bold italic: what a theme may name and what the PDF writer resolves.
/// </summary>
internal static class BundledFonts
{
    public static IReadOnlyList<string> Families { get; } = ["Noto Serif", "Noto Sans"];
}
