using System.Collections.Frozen;

namespace Briefings.Analysis.Quotes;

/// <summary>
/// Reads a speaker's role from the words next to the name: before it ("Taliban spokesman Zabihullah
/// Mujahid", "the IEA’s chief spokesman, Zabihullah Mujahed") or after it ("Matiullah Rohani, a former
/// Taliban commander"). A phrase is a role only if it holds a role noun.
/// </summary>
internal static class RoleFinder
{
    private static readonly FrozenSet<string> RoleNouns = FrozenSet.ToFrozenSet(
    [
        "spokesman", "spokeswoman", "spokesperson", "minister", "leader", "chief", "head", "commander", "envoy", "official",
        "director", "president", "diplomat", "negotiator", "representative", "ambassador", "analyst", "journalist", "academic",
        "researcher", "officer", "colonel", "general", "governor", "founder", "emir", "chairman", "secretary", "member",
        "author", "expert", "scholar", "professor", "lawmaker", "senator", "republican", "democrat", "militant", "fighter",
        "villager", "resident", "elder", "shopkeeper", "tailor", "soldier", "policeman", "mullah", "cleric", "activist",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        ["acting", "deputy", "former", "chief", "senior", "top", "then", "the", "of", "for", "and", "foreign", "interior", "special", "political", "local", "now-retired", "retired"],
        StringComparer.Ordinal);

    /// <summary>How far from the name a role is looked for: a role is a short phrase, and the bound keeps look-ups constant-time.</summary>
    private const int Reach = 200;

    public static string? Before(string text, int nameStart)
    {
        var head = text[Math.Max(0, nameStart - Reach)..nameStart].TrimEnd();
        if (head.EndsWith(','))
            head = head[..^1];
        var clauseStart = head.LastIndexOfAny(['.', ',', ';', ':', '“', '”', '"']) + 1;
        var words = head[clauseStart..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Special Representative of the Secretary-General for Afghanistan": a name after a preposition is the role's object, not its holder.
        if (words.Length > 0 && words[^1] is "of" or "for" or "in" or "at" or "to" or "from" or "and" or "the")
            return null;
        var first = words.Length;
        while (first > 0 && IsRoleWord(words[first - 1]) && words.Length - first < 8)
            first--;
        // "Taliban spokesman Zabihullah" before "Mujahid": capitalised words next to the name are more of the name.
        var last = words.Length;
        while (last > first && char.IsUpper(words[last - 1][0]) && !IsRoleNoun(words[last - 1]))
            last--;
        return Of(string.Join(' ', words[first..last]));
    }

    /// <summary>A captured phrase as a role, without a leading article, if it holds a role noun.</summary>
    public static string? Of(string phrase)
    {
        // A relative clause is not part of the role: "a rebel spokesman who is believed to be hiding" is a "rebel spokesman".
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(word => word is "the" or "The" or "a" or "an" or "and" or "of" or "for")
            .TakeWhile(word => word is not ("who" or "whom" or "whose" or "which" or "that")).ToList();
        while (words.Count > 0 && words[^1] is "in" or "of" or "and" or "the" or "for" or "at" or "to")
            words.RemoveAt(words.Count - 1);
        return words.Any(IsRoleNoun) ? string.Join(' ', words) : null;
    }

    public static string? After(string text, int nameEnd)
    {
        var match = AttributionPatterns.RoleAfter.Match(text[nameEnd..Math.Min(text.Length, nameEnd + Reach)]);
        if (!match.Success)
            return null;
        // "X, a former commander and Y": the role stops before the next person; Of drops a relative clause.
        var role = match.Groups["role"].Value.Trim();
        var and = role.IndexOf(" and ", StringComparison.Ordinal);
        return Of(and > 0 ? role[..and] : role);
    }

    private static bool IsRoleWord(string word) =>
        word.TrimStart('(') is { Length: > 0 } bare && char.IsUpper(bare[0]) || Connectors.Contains(word) || IsRoleNoun(word) || word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal);

    public static bool IsRoleNoun(string word) => RoleNouns.Contains(word.TrimEnd('s', ',')) || RoleNouns.Contains(word.TrimEnd(','));
}
