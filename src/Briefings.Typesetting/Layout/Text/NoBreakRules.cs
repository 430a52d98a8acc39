using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// Word pairs a line must not separate (a number and its month or unit, <c>p. 12</c>, an initial and
/// the name after it, a word and its citation mark), read from the embedded
/// <c>no-break-rules.txt</c>: each rule is two whole-word patterns, the word before and the word after.
/// </summary>
public sealed class NoBreakRules
{
    private const string ResourceName = "Briefings.Typesetting.Layout.Text.no-break-rules.txt";

    private const int MostShapes = 100_000;

    private static readonly Lazy<NoBreakRules> Bundled = new(() => Parse(ReadResource()));

    // Per rule, the pattern of the word before and of the word after; null for a side that takes any word.
    private readonly ImmutableArray<(Regex? Before, Regex? After)> _rules;

    // All rules' patterns for one side in one: a word no rule names (most words) costs one match per side.
    private readonly Regex _anyBefore;
    private readonly Regex _anyAfter;

    // What each word seen can be, so that a word met again (most are) costs a look-up, not a match.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, WordShape> _shapes = new(StringComparer.Ordinal);

    private NoBreakRules(ImmutableArray<(Regex? Before, Regex? After)> rules, Regex anyBefore, Regex anyAfter)
    {
        _rules = rules;
        _anyBefore = anyBefore;
        _anyAfter = anyAfter;
    }

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
        if (_shapes.Count >= MostShapes)
            _shapes.Clear(); // a long watch session meets ever new words; memory stays bounded
        _shapes.TryAdd(word, shape);
        return shape;
    }

    private WordShape Match(string word)
    {
        var mayOpen = _anyBefore.IsMatch(word);
        var mayClose = _anyAfter.IsMatch(word);
        uint opens = 0, closes = 0;
        for (var i = 0; i < _rules.Length; i++)
        {
            var (before, after) = _rules[i];
            if (before is null || (mayOpen && before.IsMatch(word)))
                opens |= 1u << i;
            if (after is null || (mayClose && after.IsMatch(word)))
                closes |= 1u << i;
        }
        return new WordShape(opens, closes);
    }

    /// <summary>Reads rules in the format of <c>no-break-rules.txt</c>.</summary>
    public static NoBreakRules Parse(string text)
    {
        var sets = new Dictionary<string, string>(StringComparer.Ordinal);
        var rules = ImmutableArray.CreateBuilder<(Regex?, Regex?)>();
        var befores = new List<string>();
        var afters = new List<string>();
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
                    throw new FormatException($"no-break rules, line {number}: a set is written '@name = pattern'.");
                sets[line[1..equals].Trim()] = Expand(line[(equals + 1)..].Trim(), sets);
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length != 3)
                throw new FormatException($"no-break rules, line {number}: a rule is a name, the word before and the word after, separated by tabs.");
            if (rules.Count == 32)
                throw new FormatException($"no-break rules, line {number}: at most 32 rules.");
            rules.Add((Side(Expand(fields[1], sets), befores), Side(Expand(fields[2], sets), afters)));
        }
        return new NoBreakRules(rules.ToImmutable(), AnyOf(befores), AnyOf(afters));
    }

    private static string Expand(string pattern, Dictionary<string, string> sets) =>
        Regex.Replace(pattern, @"(?<!\\[pP])\{([A-Za-z]\w*)\}", match => sets.TryGetValue(match.Groups[1].Value, out var set)
            ? set
            : throw new FormatException($"no-break rules: the set '{match.Groups[1].Value}' is used before it is defined."));

    /// <summary>A side's pattern, or null for one that takes any word (<c>.+</c>), which needs no matching.</summary>
    private static Regex? Side(string pattern, List<string> patterns)
    {
        if (pattern is ".+" or ".*")
            return null;
        patterns.Add(pattern);
        return Whole(pattern);
    }

    private static Regex AnyOf(List<string> patterns) =>
        patterns.Count == 0 ? new Regex("(?!)") : Whole(string.Join("|", patterns.Select(pattern => $"(?:{pattern})")));

    private static Regex Whole(string pattern) => new($"^(?:{pattern})$", RegexOptions.CultureInvariant);

    private static string ReadResource()
    {
        using var stream = typeof(NoBreakRules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
