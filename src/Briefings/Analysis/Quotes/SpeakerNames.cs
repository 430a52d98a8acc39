using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Briefings.Analysis.Entities;

namespace Briefings.Analysis.Quotes;

/// <summary>
/// Turns a speaker's name as written into the name a brief prints: the gazetteer's canonical name
/// where it knows the name, else the full name the article gave earlier ("Mr. Jafari" → "Haider
/// Jafari"), else the name without its title.
/// </summary>
internal sealed class SpeakerNames(Gazetteer gazetteer)
{
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Maj.", "Sen.", "Rep.", "Gov.", "Prof.",
        "Colonel", "General", "President", "Senator", "Republican", "Democrat", "Director", "Minister", "Acting", "Deputy",
        "Prime", "Foreign", "Interior", "Chief", "Commander", "Ambassador", "Envoy", "Spokesman", "Former", "Sheikh", "Iranian",
        "Afghan", "Pakistani", "Taliban", "Hamas", "Mawlawi",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotSpeakers = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "It", "This", "That", "These", "Those", "They", "We", "I", "He", "She", "In", "On", "But", "And", "As",
        "Afghans", "Americans", "Palestinians", "Officials", "Villagers", "Residents", "Reports", "Sources",
    ], StringComparer.Ordinal);

    private readonly Dictionary<string, string> fullNameBySurname = new(StringComparer.Ordinal);

    /// <summary>Remembers the multi-word names of a paragraph, for later surname-only references.</summary>
    public void Learn(string paragraph)
    {
        foreach (Match match in AttributionPatterns.AnyName().Matches(paragraph))
        {
            var words = WithoutTitles(match.Value);
            if (words.Length >= 2 && gazetteer.Resolve(string.Join(' ', words)) is null && !NotSpeakers.Contains(words[0]) && NameWords.CanBePersonName(words))
                fullNameBySurname.TryAdd(words[^1], string.Join(' ', words));
        }
    }

    /// <summary>The name to print and the gazetteer entry behind it, or null when the words are not a name.</summary>
    public (string Name, EntityDefinition? Entity)? Canonical(string written)
    {
        if (gazetteer.Resolve(written) is { } known)
            return (known.Name, known);
        var words = WithoutTitles(written);
        if (words.Length == 0 || !char.IsUpper(words[0][0]) || NotSpeakers.Contains(words[0]) || !NameWords.CanBePersonName(words))
            return null;
        var bare = string.Join(' ', words);
        if (gazetteer.Resolve(bare) is { } entity)
            return (entity.Name, entity);
        if (words.Length == 1 && fullNameBySurname.TryGetValue(bare, out var full))
            return (full, null);
        return (bare, null);
    }

    private static string[] WithoutTitles(string name) =>
        [.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(Titles.Contains)];
}
