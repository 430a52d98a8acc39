using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Briefings.Corpus.Entities;
using Briefings.Foundation.Text;

namespace Briefings.Composition.Names;

/// <summary>
/// Gives every gazetteer entity one spelling across a brief. A name written as the canonical name, or
/// as a part of it ("Mujahid", "Mullah Abdul Ghani", an acronym such as "IEA"), stays as written: that is
/// ordinary prose. Any other spelling ("Zabihulla Mujahid", "Sher Mohammad Abbas Stanikzai", "Haniya",
/// "Al Qaeda") prints as the canonical name, or as the canonical word it varies for a one-word variant of a person.
/// </summary>
public sealed partial class NameStyler(Gazetteer gazetteer)
{
    private static readonly FrozenSet<string> Honorifics = Lexicon.Load("honorifics");

    private static readonly FrozenSet<string> OfficeWords = Lexicon.Load("office-words");

    public Gazetteer Gazetteer => gazetteer;

    /// <param name="introduce">
    /// For text that must read alone (a key point, a timeline row): the first time a person is named
    /// by one word of their name ("Mujahid", "Sirajuddin"), print the whole name.
    /// </param>
    public string Style(string text, bool introduce = false)
    {
        var output = new StringBuilder(text.Length);
        var copied = 0;
        var named = new HashSet<EntityDefinition>();
        foreach (var match in gazetteer.Find(text))
        {
            if (match.Start < copied)
                continue;
            var first = named.Add(match.Entity);
            if ((Replacement(text, match) ?? (introduce && first ? Introduction(text, match) : null)) is not { } replacement)
                continue;
            output.Append(text, copied, replacement.Start - copied).Append(replacement.Name);
            copied = match.End;
        }
        return copied == 0 ? text : output.Append(text, copied, text.Length - copied).ToString();
    }

    private (int Start, string Name)? Replacement(string text, NameMatch match)
    {
        var entity = match.Entity;
        var written = text[match.Start..match.End];
        var canonical = Words(entity.Name);
        var words = Words(written);
        while (words.Length > 1 && Honorifics.Contains(words[0]))
            words = words[1..];
        if (words.Length == 1 && words[0].Length >= 2 && words[0].All(char.IsUpper))
            return null;
        var at = IndexOf(canonical, words);
        if (at == 0 && words.Length == canonical.Length)
            return null;
        if (at > 0 && at + words.Length == canonical.Length)
            return VariantGivenNames(text, match.Start, canonical[..at]) is { } start ? (start, AtSentenceStart(text, start, entity.Name)) : null;
        if (at >= 0)
            return null;
        if (words.Length == 1 && entity.Kind == EntityKinds.Person && canonical.FirstOrDefault(word => EditDistance.AreVariants(word, words[0])) is { } counterpart)
            return (match.Start, counterpart);
        return (match.Start, AtSentenceStart(text, match.Start, entity.Name));
    }

    /// <summary>A person's whole name for a one-word mention that is part of it, unless capitalised words around it make it part of another name.</summary>
    private static (int Start, string Name)? Introduction(string text, NameMatch match)
    {
        var entity = match.Entity;
        var written = text[match.Start..match.End];
        if (entity.Kind != EntityKinds.Person || written.Contains(' ') || written == entity.Name)
            return null;
        var before = text[..match.Start].TrimEnd();
        var previousWord = before.Length == 0 ? "" : before[(before.LastIndexOf(' ') + 1)..];
        var after = text[match.End..];
        var nextIsName = after.StartsWith(' ') && after.Length > 1 && char.IsUpper(after[1]);
        var previousIsName = previousWord.Length > 0 && char.IsUpper(previousWord[0]) && !previousWord.EndsWith('.') && !previousWord.EndsWith(',')
            && !char.IsPunctuation(before[^1]) && !IsTitleWord(previousWord);
        return nextIsName || previousIsName ? null : (match.Start, entity.Name);
    }

    /// <summary>A capitalised word that introduces a name rather than belongs to it ("Minister Muttaqi", "spokesman" in a title).</summary>
    private static bool IsTitleWord(string word) => Honorifics.Contains(word) || OfficeWords.Contains(word);

    /// <summary>Where the given names before a surname start, when they are a variant spelling of the canonical ones ("Zabihulla" for "Zabihullah").</summary>
    private static int? VariantGivenNames(string text, int surnameStart, string[] givenNames)
    {
        var before = text[..surnameStart];
        var match = TrailingWords().Match(before);
        if (!match.Success)
            return null;
        var written = Words(match.Value);
        if (written.Length < givenNames.Length)
            return null;
        var candidates = written[^givenNames.Length..];
        if (candidates.SequenceEqual(givenNames, StringComparer.Ordinal) || !candidates.Zip(givenNames).All(pair => EditDistance.AreVariants(pair.First, pair.Second)))
            return null;
        var start = surnameStart;
        for (var i = 0; i < givenNames.Length; i++)
            start = before.LastIndexOf(candidates[^(i + 1)], start - 1, StringComparison.Ordinal);
        return start;
    }

    private static string AtSentenceStart(string text, int start, string name)
    {
        var previous = text[..start].TrimEnd();
        var opensSentence = previous.Length == 0 || previous[^1] is '.' or '!' or '?' or '“' or '"' or ':';
        return opensSentence && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name;
    }

    private static int IndexOf(string[] whole, string[] part)
    {
        for (var i = 0; i + part.Length <= whole.Length; i++)
            if (whole.AsSpan(i, part.Length).SequenceEqual(part))
                return i;
        return -1;
    }

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"(?:\p{Lu}[\p{L}’'-]*\s+){1,4}$")]
    private static partial Regex TrailingWords();
}
