namespace Briefings.Analysis.Quotes;

/// <summary>
/// The people and bodies an article has brought on stage so far, by position: speakers of earlier
/// quotations, people introduced with a role, and names in subject position of a speech verb. A pronoun
/// ("he said", "it said") or a description ("the spokesman said") refers to the last fitting one before it.
/// </summary>
internal sealed class PeopleSeen
{
    /// <summary>How far back a look-up goes: enough for an article, and a bound for a pathological one.</summary>
    private const int Reach = 256;

    private readonly List<(int Paragraph, int Offset, Attributed Person)> seen = [];

    public void Add(int paragraph, int offset, Attributed person)
    {
        var at = seen.Count;
        while (at > 0 && (seen[at - 1].Paragraph, seen[at - 1].Offset).CompareTo((paragraph, offset)) > 0)
            at--;
        seen.Insert(at, (paragraph, offset, person));
    }

    /// <summary>The last person (not a body) before the position: what "he" or "she" refers to.</summary>
    public Attributed? LastBefore(int paragraph, int offset) => Last(paragraph, offset, person => !person.IsBody);

    /// <summary>The last body before the position: what "it said" or "the statement added" refers to.</summary>
    public Attributed? LastBodyBefore(int paragraph, int offset) => Last(paragraph, offset, person => person.IsBody);

    public Attributed? Last(int paragraph, int offset, Func<Attributed, bool> fits)
    {
        var end = UpperBound(paragraph, offset);
        for (var i = end - 1; i >= 0 && i >= end - Reach; i--)
        {
            if (fits(seen[i].Person))
                return seen[i].Person;
        }
        return null;
    }

    /// <summary>The index of the first entry at or after the position (binary search: entries are kept in order).</summary>
    private int UpperBound(int paragraph, int offset)
    {
        int low = 0, high = seen.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if ((seen[middle].Paragraph, seen[middle].Offset).CompareTo((paragraph, offset)) < 0)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
}
