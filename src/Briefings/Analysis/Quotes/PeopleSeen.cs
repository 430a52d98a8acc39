namespace Briefings.Analysis.Quotes;

/// <summary>
/// The people an article has brought on stage so far, by position: speakers of earlier quotations,
/// people introduced with a role, and known people in subject position. A pronoun ("he said")
/// refers to the last of them before it.
/// </summary>
internal sealed class PeopleSeen
{
    // Kept in position order and searched by halving: a paragraph of a megabyte brings thousands of
    // people on stage, and scanning the list for each of them made quotation finding quadratic.
    private readonly List<(int Paragraph, int Offset, Attributed Person)> seen = [];

    public void Add(int paragraph, int offset, Attributed person) =>
        seen.Insert(CountUpTo(paragraph, offset, inclusive: true), (paragraph, offset, person));

    public Attributed? LastBefore(int paragraph, int offset) =>
        CountUpTo(paragraph, offset, inclusive: false) is > 0 and var count ? seen[count - 1].Person : null;

    /// <summary>How many entries come before the position (or at it, when inclusive).</summary>
    private int CountUpTo(int paragraph, int offset, bool inclusive)
    {
        var (low, high) = (0, seen.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            var order = (seen[middle].Paragraph, seen[middle].Offset).CompareTo((paragraph, offset));
            if (order < 0 || inclusive && order == 0)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
}
