namespace Briefings.Analysis.Timeline;

/// <summary>
/// Recognises the date of an author–date citation, <c>(UN 3 Feb. 2015)</c>, <c>(Canada 21 June 2019)</c>,
/// <c>(UK 1 Nov. 2019, 20)</c>, <c>…; Gulf News 16 Nov. 2014; …</c>: a date that ends a segment opened by
/// a parenthesis, a bracket or a semicolon and holding only a source's name before it. Such a date says
/// when a source was published, not when something happened.
/// </summary>
public static class CitationDates
{
    /// <summary>How far back a source's name may reach; keeps the look-back constant per date.</summary>
    private const int MaxSourceLength = 80;

    public static bool IsCitation(string sentence, int start, int end) =>
        ClosesSegment(sentence, end) && SourceNameBefore(sentence, start);

    private static bool ClosesSegment(string sentence, int end)
    {
        var next = end;
        while (next < sentence.Length && sentence[next] == ' ')
            next++;
        return next < sentence.Length && sentence[next] is ')' or ']' or ';' or ',';
    }

    private static bool SourceNameBefore(string sentence, int start)
    {
        var limit = Math.Max(0, start - MaxSourceLength);
        var open = start - 1;
        while (open >= limit && sentence[open] is not ('(' or '[' or ';' or ')' or ']'))
            open--;
        if (open < limit || sentence[open] is ')' or ']')
            return false;
        var words = sentence[(open + 1)..start].TrimEnd().TrimEnd(',').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(IsNameWord) && words.All(word => IsNameWord(word) || IsConnector(word));
    }

    private static bool IsNameWord(string word) => char.IsUpper(word[0]) || (char.IsDigit(word[0]) && word.Any(char.IsLetter));

    /// <summary>
    /// The small words and separators a source's name may hold: <c>Political Handbook of the World</c>,
    /// <c>UrduPoint / Pakistan Point News -</c>.
    /// </summary>
    private static bool IsConnector(string word) =>
        word is "of" or "the" or "and" or "for" or "de" or "al" || !word.Any(char.IsLetterOrDigit);
}
