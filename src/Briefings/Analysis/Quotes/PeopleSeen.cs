namespace Briefings.Analysis.Quotes;

/// <summary>
/// The people an article has brought on stage so far, by position: speakers of earlier quotations,
/// people introduced with a role, and known people in subject position. A pronoun ("he said")
/// refers to the last of them before it.
/// </summary>
internal sealed class PeopleSeen
{
    private readonly List<(int Paragraph, int Offset, Attributed Person)> seen = [];

    public void Add(int paragraph, int offset, Attributed person)
    {
        var at = seen.FindLastIndex(entry => (entry.Paragraph, entry.Offset).CompareTo((paragraph, offset)) <= 0) + 1;
        seen.Insert(at, (paragraph, offset, person));
    }

    public Attributed? LastBefore(int paragraph, int offset) =>
        seen.LastOrDefault(entry => (entry.Paragraph, entry.Offset).CompareTo((paragraph, offset)) < 0).Person;
}
