using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Briefings.Corpus.Entities;

/// <summary>
/// The known entities, indexed by the first word of each alias (built once, read-only). Matching
/// ignores case and hyphens, but an alias that starts with a capital needs a capital in the text,
/// and an acronym (<c>IEA</c>) must match exactly.
/// </summary>
public sealed class Gazetteer
{
    public static Gazetteer Empty { get; } = new([]);

    private readonly FrozenDictionary<string, ImmutableArray<Alias>> _byFirstWord;

    public Gazetteer(ImmutableArray<EntityDefinition> entities)
    {
        Entities = entities;
        _byFirstWord = entities
            .SelectMany(entity => entity.Names.Distinct(StringComparer.Ordinal).Select(name => Alias.Of(name, entity)))
            .Where(alias => alias.Words.Length > 0)
            .GroupBy(alias => alias.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                group => group.Key,
                group => group.OrderByDescending(alias => alias.Words.Length).ToImmutableArray(),
                StringComparer.OrdinalIgnoreCase);
        ByName = entities.GroupBy(entity => entity.Name, StringComparer.Ordinal).ToFrozenDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
    }

    public ImmutableArray<EntityDefinition> Entities { get; }

    public FrozenDictionary<string, EntityDefinition> ByName { get; }

    /// <summary>Every alias occurrence in the text, longest alias first where two start at the same word.</summary>
    public IEnumerable<NameMatch> Find(string text)
    {
        var tokens = NameToken.Scan(text);
        var lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!lookup.TryGetValue(tokens[i].In(text), out var aliases))
                continue;
            foreach (var alias in aliases)
            {
                if (alias.MatchesAt(text, tokens, i))
                {
                    var last = tokens[i + alias.Words.Length - 1];
                    yield return new NameMatch(alias.Entity, tokens[i].Start, last.End - tokens[i].Start);
                    i += alias.Words.Length - 1;
                    break;
                }
            }
        }
    }

    /// <summary>The entity one of whose names is exactly <paramref name="name"/> (any case), or null.</summary>
    public EntityDefinition? Resolve(string name)
    {
        var match = Find(name).FirstOrDefault();
        return match.Entity is not null && match.Start == 0 && match.Length == name.TrimEnd('.').Length ? match.Entity : null;
    }

    private sealed record Alias(ImmutableArray<string> Words, EntityDefinition Entity)
    {
        public static Alias Of(string name, EntityDefinition entity)
        {
            var tokens = NameToken.Scan(name);
            return new Alias([.. tokens.Select(token => token.In(name).ToString())], entity);
        }

        public bool MatchesAt(string text, List<NameToken> tokens, int first)
        {
            if (first + Words.Length > tokens.Count)
                return false;
            for (var k = 0; k < Words.Length; k++)
            {
                var token = tokens[first + k];
                if ((k > 0 && !token.JoinedToPrevious) || !WordMatches(Words[k], token.In(text)))
                    return false;
            }
            return true;
        }

        private static bool WordMatches(string word, ReadOnlySpan<char> written)
        {
            if (IsAcronym(word))
                return written.SequenceEqual(word);
            if (char.IsUpper(word[0]) && !char.IsUpper(written[0]))
                return false;
            return written.Equals(word, StringComparison.OrdinalIgnoreCase);
        }

        private static bool IsAcronym(string word) => word.Length >= 2 && word.All(char.IsUpper);
    }
}
