using Briefings.Typesetting.Layout.Elements;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace Briefings.Typesetting.Markdown.Renderers;

/// <summary>
/// A <c>::: name</c> container becomes a tinted panel, e.g. the "Key points" box of a brief, unless its
/// name is a keep rule (see <see cref="KeepRuleRenderer"/>).
/// </summary>
internal sealed class PanelRenderer : MarkdownObjectRenderer<LayoutRenderer, CustomContainer>
{
    private const double Padding = 10;

    protected override void Write(LayoutRenderer renderer, CustomContainer container)
    {
        if (KeepRuleRenderer.TryWrite(renderer, container))
            return;
        var theme = renderer.Theme;
        var content = renderer.RenderChildren(container, 2 * Padding, 2 * Padding);
        renderer.AddBlock(new PanelElement(content, Padding, theme.PanelColor, theme.AccentColor), theme.ParagraphSpacing * 2);
    }
}
