using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// Word pairs a line must not separate (a number and its month or unit, <c>p. 12</c>, an initial and
/// the name after it, a word and its citation mark), read from the embedded
/// <c>no-break-rules.txt</c>: each rule names the word before and the word after, each by a list of
/// words or by a pattern, matched without the punctuation around the word.
/// </summary>
internal sealed class NoBreakRules
{
    private const string ResourceName = "Briefings.Typesetting.Layout.Text.no-break-rules.txt";
    private const int MostShapes = 100_000;
    private const string Opening = "(";
    private const string Closing = ",;:!?)’”\"'";

    private static readonly Lazy<NoBreakRules> Bundled = new(() => Parse(ReadResource()));

    private readonly Rule[] _rules;

    // What each word seen can be, so that a word met again (most are) costs a look-up, not a match.
    private readonly ConcurrentDictionary<string, WordShape> _shapes = new(StringComparer.Ordinal);

    // Counted here: the dictionary's own Count takes every one of its locks (hundreds once it has grown).
    private int _shapeCount;

    private NoBreakRules(Rule[] rules) => _rules = rules;

    public static NoBreakRules Default => Bundled.Value;

    /// <summary>Whether a line may not end between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public bool Binds(string before, string after) => Binds(ShapeOf(before), ShapeOf(after));

    /// <summary>Whether a line may not end between words of these shapes.</summary>
    public static bool Binds(WordShape before, WordShape after) => (before.AsBefore & after.AsAfter) != 0;

    /// <summary>Which rules the word can open (as the word before) and close (as the word after), one bit per rule.</summary>
    public WordShape ShapeOf(string word)
    {
        if (_shapes.TryGetValue(word, out var shape))
            return shape;
        shape = Match(word);
        if (Volatile.Read(ref _shapeCount) >= MostShapes)
        {
            _shapes.Clear(); // a long watch session meets ever new words; memory stays bounded
            Volatile.Write(ref _shapeCount, 0);
        }
        if (_shapes.TryAdd(word, shape))
            Interlocked.Increment(ref _shapeCount);
        return shape;
    }

    private WordShape Match(string word)
    {
        var core = word.AsSpan().TrimStart(Opening).TrimEnd(Closing).ToString();
        // "km)." ends a sentence inside parentheses: without the full stop, "km" again.
        var bare = core.Length > 1 && core[^1] == '.' ? core.AsSpan(0, core.Length - 1).TrimEnd(Closing).ToString() : null;
        uint opens = 0, closes = 0;
        for (var i = 0; i < _rules.Length; i++)
        {
            if (_rules[i].Before.Matches(core, bare))
                opens |= 1u << i;
            if (_rules[i].After.Matches(core, bare))
                closes |= 1u << i;
        }
        return new WordShape(opens, closes);
    }

    /// <summary>Reads rules in the format of <c>no-break-rules.txt</c>.</summary>
    public static NoBreakRules Parse(string text)
    {
        var lists = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        var rules = new List<Rule>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (line.StartsWith('@'))
            {
                var equals = line.IndexOf('=', StringComparison.Ordinal);
                if (equals < 0)
                    throw new FormatException($"no-break rules, line {number}: a list is written '@name = word word ...'.");
                lists[line[1..equals].Trim()] = line[(equals + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length != 3)
                throw new FormatException($"no-break rules, line {number}: a rule is a name, the word before and the word after, separated by tabs.");
            if (rules.Count == 32)
                throw new FormatException($"no-break rules, line {number}: at most 32 rules.");
            rules.Add(new Rule(Side.Of(fields[1], lists, number), Side.Of(fields[2], lists, number)));
        }
        return new NoBreakRules([.. rules]);
    }

    private static string ReadResource()
    {
        using var stream = typeof(NoBreakRules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record Rule(Side Before, Side After);

    /// <summary>One side of a rule: any word, a word of a list, or a word matching a pattern.</summary>
    private sealed record Side(FrozenSet<string>? Words, Regex? Pattern)
    {
        public static Side Of(string text, Dictionary<string, FrozenSet<string>> lists, int line)
        {
            if (text is ".+" or ".*")
                return new Side(null, null);
            if (text.Length > 2 && text[0] == '{' && text[^1] == '}')
                return lists.TryGetValue(text[1..^1], out var words)
                    ? new Side(words, null)
                    : throw new FormatException($"no-break rules, line {line}: the list '{text[1..^1]}' is used before it is defined.");
            return new Side(null, new Regex($"^(?:{text})$", RegexOptions.CultureInvariant));
        }

        /// <summary>Whether the word (without its surrounding punctuation; <paramref name="bare"/>: also without a final full stop) fits.</summary>
        public bool Matches(string core, string? bare) =>
            (Words, Pattern) switch
            {
                (null, null) => true,
                ({ } words, _) => words.Contains(core) || (bare is not null && words.Contains(bare)),
                (_, { } pattern) => pattern.IsMatch(core) || (bare is not null && pattern.IsMatch(bare)),
            };
    }
}
