using System.Collections.Immutable;
using System.Globalization;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Layout.Text;

namespace Briefings.Typesetting.Layout.Paging;

/// <summary>
/// Adds what every page carries once the page count is known: the marking centred in the top and
/// bottom margin bands, the running header from page 2, and the footer (document id and date at
/// the left, "Page X of Y" at the right).
/// </summary>
public sealed class PageFurniture(Theme theme, DocumentInfo info, ITextMeasurer measurer, FontFallback fallback)
{
    public ImmutableArray<PageFrame> Decorate(ImmutableArray<ImmutableArray<FrameItem>> bodies)
    {
        var pages = ImmutableArray.CreateBuilder<PageFrame>(bodies.Length);
        for (var i = 0; i < bodies.Length; i++)
        {
            var canvas = new Canvas();
            canvas.BeginTag(StructureTag.Artifact);
            DrawFurniture(canvas, i + 1, bodies.Length);
            canvas.EndTag();
            pages.Add(new PageFrame(i + 1, theme.PageSize, [.. canvas.Items, .. bodies[i]]));
        }
        return pages.ToImmutable();
    }

    private void DrawFurniture(Canvas canvas, int number, int count)
    {
        var page = theme.PageSize;
        var left = theme.MarginLeft;
        var right = page.Width - theme.MarginRight;
        var small = theme.Sans(theme.SmallSize);
        var muted = small with { Color = theme.MutedColor };
        var marking = info.Marking ?? theme.Marking;

        if (marking.Length > 0)
        {
            var style = small.Bold();
            var text = fallback.Sanitize(marking.ToUpperInvariant(), style);
            Centred(canvas, text, style, theme.MarginTop * 0.40);
            Centred(canvas, text, style, page.Height - theme.MarginBottom * 0.28);
        }

        if (number > 1 && !string.IsNullOrEmpty(info.Title))
        {
            var headerBaseline = theme.MarginTop * 0.72;
            var title = Fit(fallback.Sanitize(info.Title, muted), muted, right - left);
            canvas.DrawText(left, headerBaseline, measurer.Width(title, muted), title, muted);
            canvas.DrawLine(left, headerBaseline + 4, right, headerBaseline + 4, 0.4, theme.AccentColor);
        }

        var footerBaseline = page.Height - theme.MarginBottom * 0.62;
        var footerLeft = fallback.Sanitize(string.Join("  ·  ", new[] { info.DocumentId, info.Date }.Where(part => !string.IsNullOrEmpty(part))), muted);
        if (footerLeft.Length > 0)
            canvas.DrawText(left, footerBaseline, measurer.Width(footerLeft, muted), footerLeft, muted);
        var pageText = string.Create(CultureInfo.InvariantCulture, $"Page {number} of {count}");
        var pageWidth = measurer.Width(pageText, muted);
        canvas.DrawText(right - pageWidth, footerBaseline, pageWidth, pageText, muted);
    }

    private void Centred(Canvas canvas, string text, TextStyle style, double baseline)
    {
        var width = measurer.Width(text, style);
        canvas.DrawText((theme.PageSize.Width - width) / 2, baseline, width, text, style);
    }

    /// <summary>Shortens a running header that would not fit on one line.</summary>
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
