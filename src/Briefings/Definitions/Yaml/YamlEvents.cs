using Briefings.Common;
using Briefings.Foundation.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Definitions.Yaml;

/// <summary>Reads a YAML text into its parsing events and finds node boundaries among them.</summary>
internal static class YamlEvents
{
    public static List<ParsingEvent> Read(string text)
    {
        var parser = new Parser(new StringReader(text));
        var events = new List<ParsingEvent>();
        while (YamlGuard.Read(parser.MoveNext))
            events.Add(parser.Current!);
        return events;
    }

    /// <summary>The index just past the node that starts at <paramref name="index"/>.</summary>
    public static int SkipNode(List<ParsingEvent> events, int index)
    {
        var depth = 0;
        do
        {
            depth += events[index] switch
            {
                MappingStart or SequenceStart => 1,
                MappingEnd or SequenceEnd => -1,
                _ => 0,
            };
            index++;
        }
        while (depth > 0 && index < events.Count);
        return index;
    }

    /// <summary>The scalar value under <paramref name="key"/> in the mapping starting at <paramref name="index"/>.</summary>
    public static string? ScalarValue(List<ParsingEvent> events, int index, string key)
    {
        if (events[index] is not MappingStart)
            return null;
        var at = index + 1;
        while (at < events.Count && events[at] is not MappingEnd)
        {
            var isKey = events[at] is Scalar { Value: var name } && name == key;
            at = SkipNode(events, at);
            if (at >= events.Count)
                break;
            if (isKey && events[at] is Scalar value)
                return value.Value;
            at = SkipNode(events, at);
        }
        return null;
    }

    public static SourceLocation Locate(string file, Mark mark) => new(file, mark.Line, mark.Column);

    /// <summary>
    /// Where the value of <paramref name="key"/> starts inside the node written at <paramref name="at"/>:
    /// the node's own keys first, then those of the mappings nested in it (a section's options).
    /// </summary>
    public static Mark? FindValue(List<ParsingEvent> events, SourceLocation at, string key)
    {
        var index = events.FindIndex(parsed => parsed.Start.Line == at.Line && parsed.Start.Column == at.Column);
        return index < 0 ? null : FindValue(events, index, key);
    }

    private static Mark? FindValue(List<ParsingEvent> events, int index, string key)
    {
        var values = new List<int>();
        if (events[index] is MappingStart)
            for (var at = index + 1; at < events.Count && events[at] is not MappingEnd; at = SkipNode(events, values[^1]))
            {
                values.Add(SkipNode(events, at));
                if (events[at] is Scalar name && name.Value == key && values[^1] < events.Count)
                    return events[values[^1]].Start;
            }
        else if (events[index] is SequenceStart)
            for (var at = index + 1; at < events.Count && events[at] is not SequenceEnd; at = SkipNode(events, at))
                values.Add(at);
        foreach (var value in values.Where(value => value < events.Count))
            if (FindValue(events, value, key) is { } nested)
                return nested;
        return null;
    }
}
