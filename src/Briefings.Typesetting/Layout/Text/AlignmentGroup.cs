using System.Collections.Immutable;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// Paragraphs that share one alignment, such as the entries of a list: broken justified, unless one
/// of them has a line too loose to justify (a long address, say), in which case all of them are set
/// ragged, so that no justified entry with wide gaps stands among ragged neighbours.
/// </summary>
internal sealed class AlignmentGroup
{
    private readonly List<(Func<ImmutableArray<TextLine>> Justified, Func<ImmutableArray<TextLine>> Ragged)> _members = [];
    private readonly Lazy<ImmutableArray<TextLine>[]> _lines;

    public AlignmentGroup() => _lines = new(BreakAll, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Adds a paragraph; its lines are broken with the others' when any of them is first needed.</summary>
    public DeferredLines Add(Func<ImmutableArray<TextLine>> justified, Func<ImmutableArray<TextLine>> ragged)
    {
        var index = _members.Count;
        _members.Add((justified, ragged));
        // A member added after the group was broken (not expected: lines are broken after rendering) is broken alone.
        return new DeferredLines(() => index < _lines.Value.Length ? _lines.Value[index] : justified());
    }

    // Plain loops: LINQ over these types is generic code the JIT would compile on every run.
    private ImmutableArray<TextLine>[] BreakAll()
    {
        var lines = new ImmutableArray<TextLine>[_members.Count];
        var loose = false;
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = _members[i].Justified();
            foreach (var line in lines[i])
                loose |= line.Loose;
        }
        if (loose)
        {
            for (var i = 0; i < lines.Length; i++)
                lines[i] = _members[i].Ragged();
        }
        return lines;
    }
}
