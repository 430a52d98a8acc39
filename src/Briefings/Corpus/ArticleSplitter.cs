namespace Briefings.Corpus;

/// <summary>
/// Cuts a seed file into articles. Aggregator pages end each article with a line repeating its
/// title and then a line <c>read more</c>; both lines close the article and are dropped.
/// </summary>
public static class ArticleSplitter
{
    public static IEnumerable<RawArticle> Split(SeedFile seed)
    {
        var lines = seed.Text.Split('\n');
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!IsReadMore(lines[i]))
                continue;
            var titleRepeat = PreviousNonEmpty(lines, i, start);
            var end = titleRepeat >= 0 ? titleRepeat : i;
            if (HasText(lines, start, end))
                yield return new RawArticle(seed.Name, start + 1, [.. lines[start..end]]);
            start = i + 1;
        }
        if (HasText(lines, start, lines.Length))
            yield return new RawArticle(seed.Name, start + 1, [.. lines[start..]]);
    }

    private static bool IsReadMore(string line) => line.Trim().Equals("read more", StringComparison.OrdinalIgnoreCase);

    private static int PreviousNonEmpty(string[] lines, int before, int floor)
    {
        for (var i = before - 1; i >= floor; i--)
            if (!string.IsNullOrWhiteSpace(lines[i]))
                return i;
        return -1;
    }

    private static bool HasText(string[] lines, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (!string.IsNullOrWhiteSpace(lines[i]))
                return true;
        return false;
    }
}
