using System.Globalization;
using System.Text;

namespace Briefings.Typesetting.Frames;

/// <summary>
/// The stable text form of laid-out pages that snapshot tests compare: per page, each line's
/// baseline (rounded to a tenth of a point), its left edge and its text.
/// </summary>
public static class FrameDump
{
    public static string Write(IEnumerable<PageFrame> pages)
    {
        var text = new StringBuilder();
        foreach (var page in pages)
        {
            text.Append(CultureInfo.InvariantCulture, $"== page {page.Number} ({page.PageSize.Width:0.#} x {page.PageSize.Height:0.#})\n");
            var lines = page.Items.OfType<TextItem>()
                .GroupBy(item => Math.Round(item.Baseline + item.Style.Rise, 1))
                .OrderBy(line => line.Key);
            foreach (var line in lines)
            {
                var ordered = line.OrderBy(item => item.X).ToList();
                text.Append(CultureInfo.InvariantCulture, $"{line.Key,6:0.0} {ordered[0].X,6:0.0}  ");
                text.Append(JoinWords(ordered));
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    private static string JoinWords(List<TextItem> items)
    {
        var text = new StringBuilder(items[0].Text);
        for (var i = 1; i < items.Count; i++)
        {
            if (text.Length > 0 && text[^1] != ' ' && !items[i].Text.StartsWith(' ') && Gap(items[i - 1], items[i]))
                text.Append(' ');
            text.Append(items[i].Text);
        }
        return text.ToString().TrimEnd();
    }

    // Pieces of one word touch; words are separated by at least a thin space.
    private static bool Gap(TextItem left, TextItem right) => right.X - (left.X + left.Width) > 1.0;
}
