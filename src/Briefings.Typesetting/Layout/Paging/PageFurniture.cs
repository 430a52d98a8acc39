using System.Collections.Immutable;
using Briefings.Typesetting.Documents;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout.Text;

namespace Briefings.Typesetting.Layout.Paging;

/// <summary>
/// Draws a page template's background, header and footer on every page once the page count is
/// known, as artifacts before the page's body.
/// </summary>
internal sealed class PageFurniture(Size pageSize, PageTemplate template, ITextMeasurer measurer, FontFallback fallback)
{
    public ImmutableArray<PageFrame> Decorate(ImmutableArray<ImmutableArray<FrameItem>> bodies)
    {
        var pages = ImmutableArray.CreateBuilder<PageFrame>(bodies.Length);
        for (var i = 0; i < bodies.Length; i++)
        {
            var canvas = new Canvas();
            canvas.BeginTag(StructureTag.Artifact);
            foreach (var element in template.Background.Concat(template.Header).Concat(template.Footer).Where(element => i + 1 >= element.FromPage))
                Draw(canvas, element, i + 1, bodies.Length);
            canvas.EndTag();
            pages.Add(new PageFrame(i + 1, pageSize, [.. canvas.Items, .. bodies[i]]));
        }
        return pages.ToImmutable();
    }

    private void Draw(Canvas canvas, PageElement element, int number, int count)
    {
        switch (element)
        {
            case PageRule rule:
                canvas.DrawLine(rule.X1, rule.Y1, rule.X2, rule.Y2, rule.Thickness, rule.Color);
                break;
            case PageText text:
                var line = fallback.Sanitize(string.Concat(text.Parts.Select(part => part.On(number, count))), text.Style);
                if (text.ShortenToFit)
                    line = Fit(line, text.Style, text.Right - text.Left);
                if (line.Length == 0)
                    break;
                var width = measurer.Width(line, text.Style);
                var x = text.Alignment switch
                {
                    TextAlignment.Right => text.Right - width,
                    TextAlignment.Center => (text.Left + text.Right - width) / 2,
                    _ => text.Left,
                };
                canvas.DrawText(x, text.Baseline, width, line, text.Style);
                break;
        }
    }

    /// <summary>Shortens a line that would not fit on one line.</summary>
    private string Fit(string text, TextStyle style, double width)
    {
        if (measurer.Width(text, style) <= width)
            return text;
        var cut = text.Length;
        while (cut > 1 && measurer.Width(text[..cut] + "…", style) > width)
            cut--;
        return text[..cut].TrimEnd() + "…";
    }
}
