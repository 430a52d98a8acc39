using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Briefings.Analysis.Entities;
using Briefings.Corpus.Entities;

namespace Briefings.Analysis.Quotes;

/// <summary>
/// Turns a speaker's name as written into the name a brief prints: the gazetteer's canonical name
/// where it knows the name, else the full name the article gave earlier ("Mr. Jafari" → "Haider
/// Jafari"), else the name without its title. A body speaks too: an acronym ("ICG") or a name holding
/// a body word ("Counter Terrorism Department", "Mapping Militant Organizations") is kept as written.
/// </summary>
internal sealed class SpeakerNames(Gazetteer gazetteer)
{
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Maj.", "Sen.", "Rep.", "Gov.", "Prof.", "Mr", "Mrs", "Ms", "Dr",
        "Colonel", "General", "President", "Senator", "Republican", "Democrat", "Director", "Minister", "Acting", "Deputy", "Major",
        "Prime", "Foreign", "Interior", "Chief", "Commander", "Ambassador", "Envoy", "Spokesman", "Spokesperson", "Former", "Sheikh", "Iranian",
        "Afghan", "Pakistani", "Taliban", "Hamas", "Mawlawi", "PM", "Premier", "Governor", "Judge", "Officer",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotSpeakers = FrozenSet.ToFrozenSet(Lexicon.Entries("not-speakers"), StringComparer.Ordinal);

    private static readonly FrozenSet<string> BodyWords = FrozenSet.ToFrozenSet(SpeakerNouns.Bodies, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, string> _fullNameBySurname = new(StringComparer.Ordinal);

    /// <summary>Remembers the multi-word names of a paragraph, for later surname-only references.</summary>
    public void Learn(string paragraph)
    {
        foreach (Match match in AttributionPatterns.AnyName.Matches(paragraph))
        {
            // One word is no full name (most matches: a sentence's first word, a place); skip splitting it.
            if (!match.ValueSpan.Contains(' '))
                continue;
            var words = WithoutTitles(match.Value);
            if (words.Length >= 2 && gazetteer.Resolve(string.Join(' ', words)) is null && !NotSpeakers.Contains(words[0]) && NameWords.CanBePersonName(words)
                && !words.Any(IsAcronym))
                _fullNameBySurname.TryAdd(words[^1], string.Join(' ', words));
        }
    }

    /// <summary>The name to print, the gazetteer entry behind it and whether it is a body, or null when the words are not a name.</summary>
    public (string Name, EntityDefinition? Entity, bool IsBody)? Canonical(string written)
    {
        if (gazetteer.Resolve(written) is { } known)
            return (known.Name, known, known.Kind != EntityKinds.Person);
        // "But Ahmadi", "Earlier" (a name pattern that took a sentence opener): the words after the opener.
        var all = written.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(NotSpeakers.Contains).ToArray();
        if (all.Length == 0)
            return null;
        written = string.Join(' ', all);
        if (gazetteer.Resolve(written) is { } afterOpener)
            return (afterOpener.Name, afterOpener, afterOpener.Kind != EntityKinds.Person);
        if (IsBodyName(all))
            return (string.Join(' ', all), null, true);
        var words = WithoutTitles(written);
        if (words.Length == 0 || !char.IsUpper(words[0][0]) || NotSpeakers.Contains(words[0]) || !NameWords.CanBePersonName(words))
            return null;
        var bare = string.Join(' ', words);
        if (gazetteer.Resolve(bare) is { } entity)
            return (entity.Name, entity, entity.Kind != EntityKinds.Person);
        if (words.Length == 1 && _fullNameBySurname.TryGetValue(bare, out var full))
            return (full, null, false);
        return (bare, null, false);
    }

    /// <summary>The titles and role words a written name starts with: "Afghan Taliban Spokesman" of "Afghan Taliban Spokesman Zabihullah Mujahid".</summary>
    public string TitlesOf(string written)
    {
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words[..(words.Length - WithoutTitles(written).Length)]);
    }

    private static bool IsBodyName(string[] words) =>
        words.All(IsAcronym) || (words.Length > 1 && words.Any(word => BodyWords.Contains(word) || BodyWords.Contains(word.TrimEnd('s'))));

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(char.IsUpper);

    /// <summary>The name after its titles, also after a title inside it ("United Nations Dr Maleeha Lodhi" → "Maleeha Lodhi").</summary>
    private static string[] WithoutTitles(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = Array.FindLastIndex(words, word => (Titles.Contains(word) || RoleFinder.IsRoleNoun(word)) && !IsAcronym(word) || word is "PM");
        return last >= 0 && last < words.Length - 1 ? words[(last + 1)..] : [.. words.SkipWhile(word => Titles.Contains(word) || RoleFinder.IsRoleNoun(word))];
    }
}
