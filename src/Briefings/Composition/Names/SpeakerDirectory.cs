using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Briefings.Analysis.Entities;
using Briefings.Analysis.Quotes;
using Briefings.Composition.Sections;

namespace Briefings.Composition.Names;

/// <summary>
/// The people a brief quotes, named as fully as its articles name them anywhere: a speaker an
/// article calls only "Mohib" prints as "Hamdullah Mohib" when any selected article gives the full
/// name, and with the role some article gives (from a quotation, or from the words around the name,
/// such as "Afghan National Security Adviser" or ", an Afghan migrant"), else the gazetteer's role.
/// A quotation the article introduces as co-written names all its authors.
/// </summary>
public sealed partial class SpeakerDirectory
{
    private static readonly FrozenSet<string> OfficeWords = Lexicon.Load("office-words");

    private readonly SectionInput _input;
    private readonly List<string> _paragraphs;
    private readonly List<Quote> _quotes;
    // A brief quotes the same few people many times: each name is looked up in the articles once.
    private readonly Dictionary<string, string> _fullNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _rolesInText = new(StringComparer.Ordinal);

    /// <summary>How far before a name an office title is looked for: six capitalised words fit well inside it.</summary>
    private const int OfficeWindow = 240;

    public SpeakerDirectory(SectionInput input)
    {
        _input = input;
        _paragraphs = [.. input.Sources.SelectMany(source => source.Article.Paragraphs)];
        _quotes = [.. input.Sources.SelectMany(source => source.Analysis.Quotes)];
    }

    /// <summary>The name and role to print for a quotation's speaker; every author when the article introduces it as co-written ("Kabir Taneja and Shivam Shekhawat wrote:").</summary>
    public (string Name, string? Role) Describe(Quote quote, Corpus.Article article)
    {
        var (name, role) = Describe(quote.Speaker, quote.Role);
        var intro = string.Join(" ", article.Paragraphs.Skip(Math.Max(0, quote.Paragraph - 1)).Take(quote.Paragraph == 0 ? 1 : 2));
        var coAuthor = Regex.Match(intro, $@"(?<other>(?:\p{{Lu}}[\p{{L}}’'-]+\s+){{1,3}})and\s+{Regex.Escape(name)}\b");
        if (!coAuthor.Success)
            return (name, role);
        var words = coAuthor.Groups["other"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var other = words.Reverse().TakeWhile(word => !OfficeWords.Contains(word) && !NameWords.NotNames.Contains(word) && !NameWords.OfficeWords.Contains(word)).Reverse().ToArray();
        // A co-author named by one word only is more likely the end of another phrase than a person.
        return other.Length >= 2 && NameWords.CanBePersonName(other) ? ($"{_input.Names.Style(string.Join(' ', other))} and {name}", null) : (name, role);
    }

    /// <summary>The name and role to print for a speaker.</summary>
    public (string Name, string? Role) Describe(string speaker, string? role)
    {
        var name = FullName(speaker);
        role ??= _quotes.Where(quote => quote.Role is not null && (quote.Speaker == name || quote.Speaker == speaker)).Select(quote => quote.Role).FirstOrDefault()
            ?? RoleInText(name)
            ?? _input.Gazetteer.ByName.GetValueOrDefault(name)?.Role;
        return (_input.Names.Style(name), role is null ? null : _input.Names.Style(role));
    }

    private string FullName(string speaker)
    {
        if (!_fullNames.TryGetValue(speaker, out var full))
            _fullNames[speaker] = full = FindFullName(speaker);
        return full;
    }

    private string FindFullName(string speaker)
    {
        if (_input.Gazetteer.ByName.ContainsKey(speaker) || speaker.Contains(' '))
            return speaker;
        var longer = _quotes.Select(quote => quote.Speaker).Where(other => other.EndsWith(" " + speaker, StringComparison.Ordinal)).MaxBy(other => other.Length);
        if (longer is not null)
            return longer;
        foreach (var paragraph in _paragraphs)
            foreach (Match match in Regex.Matches(paragraph, $@"(?:\p{{Lu}}[\p{{L}}’'.-]*\s+){{1,4}}{Regex.Escape(speaker)}\b"))
            {
                var words = match.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1];
                var given = words.Reverse().TakeWhile(word => !OfficeWords.Contains(word) && !NameWords.NotNames.Contains(word) && !NameWords.OfficeWords.Contains(word)).Reverse().ToArray();
                if (given.Length > 0 && NameWords.CanBePersonName([.. given, speaker]))
                    return string.Join(' ', [.. given, speaker]);
            }
        return speaker;
    }

    /// <summary>The role the articles give next to the name: a phrase before it ("Afghan National Security Adviser") or after it (", a member of the Meshrano Jirga").</summary>
    private string? RoleInText(string name)
    {
        if (!_rolesInText.TryGetValue(name, out var role))
            _rolesInText[name] = role = FindRoleInText(name);
        return role;
    }

    private string? FindRoleInText(string name)
    {
        foreach (var paragraph in _paragraphs)
        {
            for (var at = paragraph.IndexOf(name, StringComparison.Ordinal); at >= 0; at = paragraph.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if ((RoleFinder.Before(paragraph, at) ?? RoleFinder.After(paragraph, at + name.Length) ?? OfficeBefore(paragraph, at) ?? Appositive(paragraph, at + name.Length)) is { } role)
                    return role;
            }
        }
        return null;
    }

    private static string? OfficeBefore(string paragraph, int nameStart)
    {
        // Only the words just before the name: matching the whole paragraph before it at every mention was quadratic.
        var start = Math.Max(0, nameStart - OfficeWindow);
        var match = CapitalisedRun().Match(paragraph, start, nameStart - start);
        return match.Success && match.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(OfficeWords.Contains) ? match.Value.Trim() : null;
    }

    /// <summary>"…, said Jawad, an Afghan migrant.": a short phrase in apposition after the name, opened by "a", "an" or "the".</summary>
    private static string? Appositive(string paragraph, int nameEnd)
    {
        var match = AppositivePattern().Match(paragraph, nameEnd);
        return match.Success ? match.Groups["role"].Value.Trim() : null;
    }

    [GeneratedRegex(@"\G,\s+(?:an?|the)\s+(?<role>[^,.;:“”""()]{3,80}?)(?=[,.;:]|$)")]
    private static partial Regex AppositivePattern();

    [GeneratedRegex(@"(?:\p{Lu}[\p{L}’'.()-]*\s+){2,6}$")]
    private static partial Regex CapitalisedRun();
}
