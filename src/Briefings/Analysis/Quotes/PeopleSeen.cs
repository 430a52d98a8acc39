namespace Briefings.Analysis.Quotes;

/// <summary>
/// The people and bodies an article has brought on stage so far, by position: people introduced in the
/// narration (with a role, or as the subject of a speech verb) and the speakers of quotations. A pronoun
/// ("he said", "it said") or a description ("the spokesman said") refers to the last fitting one before it.
/// Each kind is recorded in text order, so adding is constant-time and a look-up is a binary search and a
/// bounded walk back.
/// </summary>
internal sealed class PeopleSeen
{
    /// <summary>How far back a look-up goes: enough for an article, and a bound for a pathological one.</summary>
    private const int Reach = 256;

    private readonly List<(int Paragraph, int Offset, Attributed Person)> _introduced = [];
    private readonly List<(int Paragraph, int Offset, Attributed Person)> _speakers = [];

    /// <summary>Records a person named in the narration; calls come in text order.</summary>
    public void Introduce(int paragraph, int offset, Attributed person) => _introduced.Add((paragraph, offset, person));

    /// <summary>Records the speaker of a quotation; calls come in text order.</summary>
    public void Speaks(int paragraph, int offset, Attributed person) => _speakers.Add((paragraph, offset, person));

    /// <summary>The last person (not a body) before the position: what "he" or "she" refers to.</summary>
    public Attributed? LastBefore(int paragraph, int offset) => Last(paragraph, offset, person => !person.IsBody);

    /// <summary>The last body before the position: what "it said" or "the statement added" refers to.</summary>
    public Attributed? LastBodyBefore(int paragraph, int offset) => Last(paragraph, offset, person => person.IsBody);

    public Attributed? Last(int paragraph, int offset, Func<Attributed, bool> fits)
    {
        int i = Below(_introduced, paragraph, offset) - 1, j = Below(_speakers, paragraph, offset) - 1;
        for (var steps = 0; steps < Reach && (i >= 0 || j >= 0); steps++)
        {
            // Walk both lists back in text order; at the same position the speaker comes last.
            var fromSpeakers = i < 0 || (j >= 0 && (_speakers[j].Paragraph, _speakers[j].Offset).CompareTo((_introduced[i].Paragraph, _introduced[i].Offset)) >= 0);
            var person = fromSpeakers ? _speakers[j--].Person : _introduced[i--].Person;
            if (fits(person))
                return person;
        }
        return null;
    }

    /// <summary>How many entries lie before the position (binary search: entries are in text order).</summary>
    private static int Below(List<(int Paragraph, int Offset, Attributed Person)> seen, int paragraph, int offset)
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
