using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Foundation.Yaml;

/// <summary>
/// Replaces each alias (<c>*name</c>) by the events of the node anchored <c>&amp;name</c> before it, so
/// the readers of <see cref="YamlShape{T}"/> see plain values. The expansion is bounded: a "billion
/// laughs" document is refused once it has replayed <see cref="MaxReplayedEvents"/> events.
/// </summary>
public sealed class AliasExpandingParser(IParser inner) : IParser
{
    public const int MaxReplayedEvents = 100_000;

    private readonly Dictionary<string, List<ParsingEvent>> _anchors = new(StringComparer.Ordinal);
    private readonly List<Recording> _recordings = [];
    private readonly Queue<ParsingEvent> _replay = new();
    private int _replayed;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        if (_replay.Count == 0)
        {
            if (!inner.MoveNext())
            {
                Current = null;
                return false;
            }
            if (inner.Current is AnchorAlias alias)
                Replay(alias);
            else
                _replay.Enqueue(inner.Current!);
        }
        Current = _replay.Dequeue();
        Record(Current);
        return true;
    }

    private void Replay(AnchorAlias alias)
    {
        if (!_anchors.TryGetValue(alias.Value.Value, out var events))
            throw new YamlException(alias.Start, alias.End, $"the alias '*{alias.Value}' names no anchor written before it.");
        _replayed += events.Count;
        if (_replayed > MaxReplayedEvents)
            throw new YamlException(alias.Start, alias.End, $"the aliases expand to more than {MaxReplayedEvents} values; write the values out.");
        foreach (var replayed in events)
            _replay.Enqueue(replayed);
    }

    /// <summary>Adds the event to every anchored node being read, and keeps each node once it is complete.</summary>
    private void Record(ParsingEvent current)
    {
        if (current is NodeEvent { Anchor.IsEmpty: false } node)
            _recordings.Add(new Recording(node.Anchor.Value, []));
        for (var index = _recordings.Count - 1; index >= 0; index--)
        {
            var recording = _recordings[index];
            recording.Events.Add(current);
            recording.Depth += current.NestingIncrease;
            if (recording.Depth > 0)
                continue;
            _anchors[recording.Anchor] = recording.Events;
            _recordings.RemoveAt(index);
        }
    }

    private sealed class Recording(string anchor, List<ParsingEvent> events)
    {
        public string Anchor => anchor;

        public List<ParsingEvent> Events => events;

        public int Depth { get; set; }
    }
}
