namespace Briefings.Analysis.Quotes;

/// <summary>
/// A quotation inside a paragraph: from its opening mark to its closing mark (exclusive of both).
/// <see cref="OpenEnded"/> is a quotation that runs to the paragraph's end without closing, the news
/// convention for one that continues in the next paragraph.
/// </summary>
internal readonly record struct QuoteSpan(int Open, int Close, bool OpenEnded)
{
    public int TextStart => Open + 1;

    /// <summary>Just after the closing mark (or the paragraph's end).</summary>
    public int After => OpenEnded ? Close : Close + 1;

    public string TextIn(string paragraph) => paragraph[TextStart..Close].Trim();

    /// <summary>Finds “curly” and "straight" double-quoted spans; single quotes nest inside and are left alone.</summary>
    public static List<QuoteSpan> Find(string paragraph)
    {
        var spans = new List<QuoteSpan>();
        var i = 0;
        while (i < paragraph.Length)
        {
            var open = paragraph.IndexOfAny(['“', '"'], i);
            if (open < 0)
                break;
            var closeMark = paragraph[open] == '“' ? '”' : '"';
            var close = paragraph.IndexOf(closeMark, open + 1);
            if (close < 0)
            {
                spans.Add(new QuoteSpan(open, paragraph.Length, OpenEnded: true));
                break;
            }
            spans.Add(new QuoteSpan(open, close, OpenEnded: false));
            i = close + 1;
        }
        return spans;
    }
}
