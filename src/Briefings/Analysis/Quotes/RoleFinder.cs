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

    /// <summary>Most words a role before a name may have ("the IEA’s acting deputy foreign minister").</summary>
    private const int MaxWordsBefore = 8;

    public static string? Before(string text, int nameStart)
    {
        var head = text.AsSpan(0, nameStart).TrimEnd();
        if (head.EndsWith(','))
            head = head[..^1];
        var words = LastWordsOfClause(head, MaxWordsBefore);
        var first = words.Count;
        while (first > 0 && IsRoleWord(words[first - 1]))
            first--;
        return Of(string.Join(' ', words.Skip(first)));
    }

    /// <summary>
    /// The last words (split at spaces) of the clause that ends <paramref name="head"/>, read backwards
    /// up to the clause's start: only they can be a role, and reading no further keeps finding the roles
    /// of a paragraph linear in its length.
    /// </summary>
    private static List<string> LastWordsOfClause(ReadOnlySpan<char> head, int count)
    {
        var words = new List<string>(count);
        var end = head.Length;
        while (words.Count < count && end > 0)
        {
            var start = end;
            while (start > 0 && head[start - 1] != ' ' && !IsClauseBreak(head[start - 1]))
                start--;
            if (start < end)
                words.Add(head[start..end].ToString());
            if (start == 0 || IsClauseBreak(head[start - 1]))
                break;
            end = start - 1;
        }
        words.Reverse();
        return words;
    }

    private static bool IsClauseBreak(char ch) => ch is '.' or ',' or ';' or ':' or '“' or '”' or '"';

    /// <summary>A captured phrase as a role, without a leading article, if it holds a role noun.</summary>
    public static string? Of(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(word => word is "the" or "The" or "a" or "an" or "and" or "of" or "for").ToList();
        while (words.Count > 0 && words[^1] is "in" or "of" or "and" or "the" or "for" or "at" or "to")
            words.RemoveAt(words.Count - 1);
        return words.Any(IsRoleNoun) ? string.Join(' ', words) : null;
    }

    public static string? After(string text, int nameEnd)
    {
        // The pattern is anchored at the name's end; matching in place copies nothing of the rest of the text.
        var match = AttributionPatterns.RoleAfter().Match(text, nameEnd, text.Length - nameEnd);
        if (!match.Success)
            return null;
        var role = match.Groups["role"].Value.Trim();
        var cut = role.IndexOf(" who ", StringComparison.Ordinal);
        return Of(cut > 0 ? role[..cut] : role);
    }

    private static bool IsRoleWord(string word) =>
        word.TrimStart('(') is { Length: > 0 } bare && char.IsUpper(bare[0]) || Connectors.Contains(word) || IsRoleNoun(word) || word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal);

    private static bool IsRoleNoun(string word) => RoleNouns.Contains(word.TrimEnd('s', ',')) || RoleNouns.Contains(word.TrimEnd(','));
}
