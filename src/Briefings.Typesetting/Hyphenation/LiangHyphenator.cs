using System.Collections.Frozen;

namespace Briefings.Typesetting.Hyphenation;

/// <summary>
/// Frank Liang's pattern hyphenation, as in TeX: every pattern that matches inside <c>.word.</c>
/// votes a digit between two letters; odd maxima are hyphenation points.
/// </summary>
internal sealed class LiangHyphenator
{
    private readonly FrozenDictionary<string, byte[]> _patterns;
    private readonly FrozenDictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longestPattern;

    /// <param name="patterns">TeX patterns such as <c>.hy3ph</c>, one per line; lines starting with % are comments.</param>
    /// <param name="leftMin">The fewest letters left before a hyphen.</param>
    /// <param name="rightMin">The fewest letters carried after a hyphen.</param>
    public LiangHyphenator(IEnumerable<string> patterns, int leftMin, int rightMin)
    {
        var table = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var line in patterns)
        {
            var pattern = line.Trim();
            if (pattern.Length == 0 || pattern[0] == '%')
                continue;
            var (letters, values) = Parse(pattern);
            table[letters] = values;
        }
        _patterns = table.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestPattern = table.Count == 0 ? 0 : table.Keys.Max(key => key.Length);
        LeftMin = leftMin;
        RightMin = rightMin;
    }

    public int LeftMin { get; }

    public int RightMin { get; }

    /// <summary>
    /// The positions in <paramref name="word"/> (a run of letters) before which a hyphen may go,
    /// in ascending order; none for words shorter than <see cref="LeftMin"/> + <see cref="RightMin"/>.
    /// </summary>
    public IReadOnlyList<int> Points(ReadOnlySpan<char> word)
    {
        if (word.Length < LeftMin + RightMin)
            return [];

        Span<char> dotted = word.Length + 2 <= 256 ? stackalloc char[word.Length + 2] : new char[word.Length + 2];
        dotted[0] = '.';
        word.ToLowerInvariant(dotted[1..^1]);
        dotted[^1] = '.';

        // values[i] is the vote for a break before dotted[i].
        Span<byte> values = dotted.Length + 1 <= 256 ? stackalloc byte[dotted.Length + 1] : new byte[dotted.Length + 1];
        values.Clear();
        for (var start = 0; start < dotted.Length; start++)
        {
            for (var length = 1; length <= Math.Min(_longestPattern, dotted.Length - start); length++)
            {
                if (!_lookup.TryGetValue(dotted.Slice(start, length), out var pattern))
                    continue;
                for (var k = 0; k < pattern.Length; k++)
                    values[start + k] = Math.Max(values[start + k], pattern[k]);
            }
        }

        var points = new List<int>();
        // A break before word[i] is a vote at dotted index i + 1.
        for (var i = LeftMin; i <= word.Length - RightMin; i++)
        {
            if (values[i + 1] % 2 == 1)
                points.Add(i);
        }
        return points;
    }

    private static (string Letters, byte[] Values) Parse(string pattern)
    {
        var letters = new System.Text.StringBuilder(pattern.Length);
        var values = new List<byte> { 0 };
        foreach (var ch in pattern)
        {
            if (char.IsAsciiDigit(ch))
                values[^1] = (byte)(ch - '0');
            else
            {
                letters.Append(ch);
                values.Add(0);
            }
        }
        return (letters.ToString(), [.. values]);
    }
}
