namespace Briefings.Analysis.Quotes;

/// <summary>
/// The speech verbs of <c>Lexicons/speech-verbs.txt</c> in all the forms an attribution uses
/// ("say", "says", "said"; "go on to say", "went on to say"), and as one regular-expression alternation.
/// </summary>
internal static class SpeechVerbs
{
    /// <summary>Every form of every entry.</summary>
    public static IReadOnlyList<string> Forms { get; } = Inflect(Lexicon.Entries("speech-verbs"));

    /// <summary>The forms as a non-capturing alternation; a space in a phrase matches any run of white space.</summary>
    public static string Pattern { get; } = Alternation.Of(Forms);

    /// <summary>The first words of the forms ("said", "went" of "went on to say"), all of lower-case ASCII letters.</summary>
    private static readonly HashSet<string> FirstWords = [.. Forms.Select(form => form.Split(' ')[0])];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWordLookup = FirstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether <see cref="Pattern"/> may match in the text as a word preceded by white space, a comma, a bracket or
    /// the text's start: false only when no run of the letters a–z in it is a form's first word. A match
    /// starts such a run (nothing before it is a–z) and the form's first word ends it (a non-word character or white space
    /// follows), so a text this says no to has no attribution, and the patterns need not scan it.
    /// </summary>
    public static bool MayOccurIn(string text)
    {
        var rest = text.AsSpan();
        while (rest.IndexOfAnyInRange('a', 'z') is var start and >= 0)
        {
            rest = rest[start..];
            var length = rest.IndexOfAnyExceptInRange('a', 'z');
            if (FirstWordLookup.Contains(length < 0 ? rest : rest[..length]))
                return true;
            if (length < 0)
                break;
            rest = rest[length..];
        }
        return false;
    }

    internal static IReadOnlyList<string> Inflect(IEnumerable<string> entries)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var parts = entry.Split('/', StringSplitOptions.TrimEntries);
            var words = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var verb = words[0];
            var rest = string.Concat(words.Skip(1).Select(word => " " + word));
            var past = parts.Length > 1 ? parts[1].Split(' ')[0] : Past(verb);
            var participle = parts.Length > 2 ? parts[2].Split(' ')[0] : past;
            // The bare form only for irregular verbs ("they say", "officials tell"): a regular one's bare form is
            // too often a noun ("the talks", "a UN report", "check post") to mark a speaker.
            if (parts.Length > 1)
                forms.Add(verb + rest);
            forms.UnionWith([ThirdPerson(verb) + rest, past + rest, participle + rest]);
        }
        return [.. forms.Order(StringComparer.Ordinal)];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string ThirdPerson(string verb) =>
        verb.EndsWith('y') && verb.Length > 1 && !IsVowel(verb[^2]) ? verb[..^1] + "ies"
        : verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith('o') ? verb + "es"
        : verb + "s";

    private static string Past(string verb) =>
        verb.EndsWith('e') ? verb + "d"
        : verb.EndsWith('y') && verb.Length > 1 && !IsVowel(verb[^2]) ? verb[..^1] + "ied"
        : verb + "ed";
}
