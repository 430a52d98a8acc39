namespace Briefings.Corpus.Entities;

/// <summary>A run of letters and digits in a text, and whether only a space, hyphen or full stop joins it to the one before.</summary>
internal readonly record struct NameToken(int Start, int Length, bool JoinedToPrevious)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);

    /// <summary>Splits text into tokens; hyphens and full stops separate tokens, so "al-Qaeda" is "al" + "Qaeda".</summary>
    public static List<NameToken> Scan(string text)
    {
        var tokens = new List<NameToken>();
        var joined = false;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                // Spaces, hyphens and a full stop (as in "Mr. Omar", "Donald J. Trump") may sit inside a name.
                if (!(char.IsWhiteSpace(text[i]) || text[i] is '-' or '‐' or '.'))
                    joined = false;
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
                i++;
            tokens.Add(new NameToken(start, i - start, joined && tokens.Count > 0));
            joined = true;
        }
        return tokens;
    }
}
