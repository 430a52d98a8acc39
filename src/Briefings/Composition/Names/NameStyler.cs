using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Briefings.Analysis.Entities;

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

    public Gazetteer Gazetteer => gazetteer;

    public string Style(string text)
    {
        var output = new StringBuilder(text.Length);
        var copied = 0;
        foreach (var match in gazetteer.Find(text))
        {
            if (match.Start < copied)
                continue;
            if (Replacement(text, match) is not { } replacement)
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
