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

    private static readonly Lazy<NoBreakRules> Bundled = new(() => Parse(ReadResource()));

    private readonly ImmutableArray<(Regex Before, Regex After)> _rules;

    // Every rule's second word in one pattern: a pair whose second word no rule accepts (most pairs) costs one match.
    private readonly Regex _anyAfter;

    private NoBreakRules(ImmutableArray<(Regex Before, Regex After)> rules, Regex anyAfter)
    {
        _rules = rules;
        _anyAfter = anyAfter;
    }

    public static NoBreakRules Default => Bundled.Value;

    /// <summary>Whether a line may not end between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public bool Binds(string before, string after)
    {
        if (!_anyAfter.IsMatch(after))
            return false;
        foreach (var (first, second) in _rules)
            if (first.IsMatch(before) && second.IsMatch(after))
                return true;
        return false;
    }

    /// <summary>Reads rules in the format of <c>no-break-rules.txt</c>.</summary>
    public static NoBreakRules Parse(string text)
    {
        var sets = new Dictionary<string, string>(StringComparer.Ordinal);
        var rules = ImmutableArray.CreateBuilder<(Regex, Regex)>();
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
            var after = Expand(fields[2], sets);
            afters.Add(after);
            rules.Add((Whole(Expand(fields[1], sets)), Whole(after)));
        }
        return new NoBreakRules(rules.ToImmutable(), Whole(string.Join("|", afters.Select(pattern => $"(?:{pattern})"))));
    }

    private static string Expand(string pattern, Dictionary<string, string> sets) =>
        Regex.Replace(pattern, @"(?<!\\[pP])\{([A-Za-z]\w*)\}", match => sets.TryGetValue(match.Groups[1].Value, out var set)
            ? set
            : throw new FormatException($"no-break rules: the set '{match.Groups[1].Value}' is used before it is defined."));

    private static Regex Whole(string pattern) => new($"^(?:{pattern})$", RegexOptions.CultureInvariant);

    private static string ReadResource()
    {
        using var stream = typeof(NoBreakRules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
