using System.Collections.Frozen;

namespace Briefings.Corpus;

/// <summary>
/// Whole lines and line starts to recognise, ignoring case, in time that does not grow with the number of
/// entries or the length of the line: a line is looked up only when it is short enough to be an entry, and
/// only the starts that begin with its first letter are tried.
/// </summary>
public sealed class PhraseList
{
    private readonly FrozenSet<string> _lines;
    private readonly int _longestLine;
    private readonly FrozenDictionary<char, string[]> _startsByFirstLetter;

    public PhraseList(IEnumerable<string> lines, IEnumerable<string> starts)
    {
        _lines = lines.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _longestLine = _lines.Count == 0 ? 0 : _lines.Max(line => line.Length);
        _startsByFirstLetter = starts.Where(start => start.Length > 0)
            .GroupBy(start => char.ToLowerInvariant(start[0]))
            .ToFrozenDictionary(group => group.Key, group => group.ToArray());
    }

    public bool Matches(string line) =>
        (line.Length <= _longestLine && _lines.Contains(line))
        || (line.Length > 0 && _startsByFirstLetter.TryGetValue(char.ToLowerInvariant(line[0]), out var starts)
            && starts.Any(start => line.StartsWith(start, StringComparison.OrdinalIgnoreCase)));
}
