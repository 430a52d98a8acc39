using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>A run of inline text with one style; <see cref="Link"/> is a URL or <c>#anchor</c>.</summary>
internal sealed record StyledSpan(string Text, TextStyle Style, string? Link = null)
{
    /// <summary>A forced line break inside a paragraph.</summary>
    public static StyledSpan LineBreak(TextStyle style) => new("\n", style);

    public bool IsLineBreak => Text == "\n";
}
