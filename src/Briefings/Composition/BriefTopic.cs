using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Briefings.Corpus.Entities;
using Briefings.Definitions;
using Briefings.Definitions.Sections;

namespace Briefings.Composition;

/// <summary>
/// What a brief is about, as its definition says: the entities and words of its selection
/// (<c>mentions</c> weigh most, then the sections' <c>focus</c>, then <c>keywords</c>). Sections use it
/// to keep what bears on the brief and leave out what an article says about something else. A brief
/// that only lists articles names no topic: then everything in them is on topic.
/// </summary>
public sealed class BriefTopic
{
    public const int MentionWeight = 3;
    public const int FocusWeight = 2;
    public const int KeywordWeight = 1;

    private readonly FrozenDictionary<string, int> _entities;
    private readonly FrozenDictionary<string, int> _words;
    private readonly Gazetteer _gazetteer;

    private BriefTopic(Dictionary<string, int> entities, Dictionary<string, int> words, Gazetteer gazetteer)
    {
        _entities = entities.ToFrozenDictionary(StringComparer.Ordinal);
        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
        _gazetteer = gazetteer;
    }

    public static BriefTopic Open(Gazetteer gazetteer) => new([], [], gazetteer);

    public static BriefTopic Of(BriefDefinition brief, Gazetteer gazetteer)
    {
        var entities = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(IEnumerable<string> terms, int weight)
        {
            foreach (var term in terms.Where(term => !string.IsNullOrWhiteSpace(term)))
            {
                var (table, key) = gazetteer.Resolve(term) is { } entity ? (entities, entity.Name) : (words, term.Trim().ToLowerInvariant());
                table[key] = Math.Max(table.GetValueOrDefault(key), weight);
            }
        }
        Add(brief.Select.Mentions, MentionWeight);
        Add(brief.Sections.OfType<SummarySectionDefinition>().SelectMany(section => section.Focus), FocusWeight);
        Add([.. brief.Select.Keywords.All, .. brief.Select.Keywords.Any], KeywordWeight);
        return new BriefTopic(entities, words, gazetteer);
    }

    /// <summary>True when the brief names no topic (it lists its articles): everything is relevant.</summary>
    public bool IsOpen => _entities.Count == 0 && _words.Count == 0;

    /// <summary>How much a sentence bears on the topic: the weights of the topic's entities and words it names (each once).</summary>
    public int Relevance(string sentence) => Hits(sentence).Sum(hit => hit.Weight);

    /// <summary>The topic's terms a sentence names, for <c>explain</c>.</summary>
    public IEnumerable<(string Term, int Weight)> Hits(string sentence)
    {
        foreach (var name in _gazetteer.Find(sentence).Select(match => match.Entity.Name).Distinct(StringComparer.Ordinal))
            if (_entities.TryGetValue(name, out var weight))
                yield return (name, weight);
        var lower = sentence.ToLowerInvariant();
        foreach (var (word, weight) in _words)
            if (Regex.IsMatch(lower, $@"\b{Regex.Escape(word)}"))
                yield return (word, weight);
    }
}
