using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Definitions.Yaml;

/// <summary>
/// Replays recorded parsing events, marks included, so each brief can be deserialized on its own
/// and a mistake in one does not stop the others.
/// </summary>
internal sealed class EventReplayParser(IReadOnlyList<ParsingEvent> events, int start, int end) : IParser
{
    private int _index = start - 1;

    public ParsingEvent? Current => _index >= start && _index < end ? events[_index] : null;

    public bool MoveNext()
    {
        if (_index >= end)
            return false;
        _index++;
        return _index < end;
    }
}
