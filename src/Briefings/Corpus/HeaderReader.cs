using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Briefings.Corpus;

/// <summary>
/// Reads the header zone between an article's title and its first paragraph: types each line (headline,
/// standfirst, byline, date line, masthead, key point, label, caption), finds where the body starts, and
/// gathers the metadata the header gives. The body starts at a dateline paragraph near the top
/// (everything above it is header), else after the last typed line of the top lines, when at most a
/// couple of untyped lines (deks) stand before it; a second headline, a dek without closing punctuation
/// and captions right after the header are header too.
/// </summary>
public static partial class HeaderReader
{
    /// <summary>How many lines under the title the header may span.</summary>
    private const int Window = 12;

    /// <summary>Untyped lines (deks, standfirsts) a header may hold above its last typed line or its dateline paragraph.</summary>
    private const int MaxUntypedLines = 2;

    /// <summary>A line without closing punctuation is a headline or dek from this many words; shorter, a subheading.</summary>
    private const int MinHeadlineWords = 5;

    /// <summary>A repeated title differs from the title by a few quote marks or spaces at most.</summary>
    private const int MaxRepeatLengthDifference = 12;

    private const int MaxLabelLength = 40;

    private static readonly Dictionary<string, bool> Labels = Lexicon.Entries("header-labels.txt")
        .ToDictionary(entry => entry.TrimEnd('>', ' '), entry => entry.EndsWith('>'), StringComparer.OrdinalIgnoreCase);

    public static ArticleHeader Read(IReadOnlyList<string> lines, string title)
    {
        var count = Math.Min(lines.Count, Window);
        var kinds = Classify(lines, count, title);
        var bodyStart = DatelineParagraph(lines, kinds) ?? AfterTypedLines(lines, kinds);
        return Gather(lines, kinds, bodyStart);
    }

    private static HeaderLineKind?[] Classify(IReadOnlyList<string> lines, int count, string title)
    {
        var kinds = new HeaderLineKind?[count];
        var untyped = 0;
        for (var i = 0; i < count; i++)
        {
            var text = lines[i];
            kinds[i] = i > 0 && kinds[i - 1] == HeaderLineKind.Label && Labels.GetValueOrDefault(lines[i - 1]) ? HeaderLineKind.KeyPoint : Kind(text, title);
            // After prose, a name line is more likely a subheading than a byline, and a bullet a list of the body.
            // A name line right above a date line is a byline all the same.
            if ((kinds[i] == HeaderLineKind.Byline && untyped > 0 && BylineRules.IsPersonLine(text) && !(i + 1 < count && Kind(lines[i + 1], title) == HeaderLineKind.Date))
                || (kinds[i] == HeaderLineKind.KeyPoint && i > 0 && kinds[i - 1] is null))
                kinds[i] = null;
            if (kinds[i] is null)
                untyped++;
        }
        return kinds;
    }

    private static HeaderLineKind? Kind(string text, string title)
    {
        if (IsTitleRepeat(text, title))
            return HeaderLineKind.Headline;
        if (text.Length <= MaxLabelLength && Labels.ContainsKey(text))
            return HeaderLineKind.Label;
        if (Bullet().IsMatch(text))
            return HeaderLineKind.KeyPoint;
        if (PublisherRules.FromSourceLine(text) is not null)
            return HeaderLineKind.Masthead;
        if (BylineRules.By(text) is not null)
            return HeaderLineKind.Byline;
        if (HeaderDateRules.Read(text) is not null)
            return HeaderLineKind.Date;
        if (DatelineRules.BarePlace(text) is not null)
            return HeaderLineKind.Dateline;
        if (BylineRules.Bio(text, []) is not null)
            return HeaderLineKind.Byline;
        if (BylineRules.Publisher(text) is not null || BylineRules.Institutional(text) is not null)
            return BylineRules.Institutional(text) is { Authors.Count: > 0 } ? HeaderLineKind.Byline : HeaderLineKind.Masthead;
        if (BylineRules.IsPersonLine(text))
            return HeaderLineKind.Byline;
        if (CaptionRules.IsCaption(text) || CaptionRules.IsCreditLine(text))
            return HeaderLineKind.Caption;
        return null;
    }

    /// <summary>The index of a dateline paragraph near the top, with at most a couple of untyped lines above it.</summary>
    private static int? DatelineParagraph(IReadOnlyList<string> lines, HeaderLineKind?[] kinds)
    {
        var untyped = 0;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is not null)
                continue;
            if (DatelineRules.Match(lines[i]) is not null)
                return i;
            if (++untyped > MaxUntypedLines)
                return null;
        }
        return null;
    }

    private static int AfterTypedLines(IReadOnlyList<string> lines, HeaderLineKind?[] kinds)
    {
        var last = -1;
        var untyped = 0;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is null)
            {
                if (++untyped > MaxUntypedLines)
                    break;
            }
            else if (kinds[i] != HeaderLineKind.Caption)
                last = i;
        }
        var start = last + 1;
        while (start < kinds.Length && start < lines.Count - 1)
        {
            if (kinds[start] == HeaderLineKind.Caption)
                start++;
            else if (kinds[start] is null && IsHeadline(lines[start]))
            {
                // A second headline is in title case, and carries its dek on the next line; else the line is a dek.
                var headline = IsTitleCase(lines[start]);
                kinds[start++] = headline ? HeaderLineKind.Headline : HeaderLineKind.Standfirst;
                if (headline && start < kinds.Length - 1 && kinds[start] is null)
                    kinds[start++] = HeaderLineKind.Standfirst;
            }
            else
                break;
        }
        return start;
    }

    private static ArticleHeader Gather(IReadOnlyList<string> lines, HeaderLineKind?[] kinds, int bodyStart)
    {
        var typed = ImmutableArray.CreateBuilder<HeaderLine>();
        var authors = new List<string>();
        string? agency = null, publisher = null, place = null;
        DateOnly? date = null;
        var monthOnly = false;
        var nameLines = new List<string>();
        for (var i = 0; i < bodyStart; i++)
        {
            var text = lines[i];
            var kind = kinds[i] ?? HeaderLineKind.Standfirst;
            typed.Add(new HeaderLine(kind, text));
            switch (kind)
            {
                case HeaderLineKind.Masthead:
                    var named = PublisherRules.FromSourceLine(text) ?? BylineRules.Publisher(text) ?? BylineRules.Institutional(text)?.Publisher;
                    if (named is not null && PublisherGazetteer.IsAgency(named) && BylineRules.Publisher(text) is not null)
                    {
                        agency ??= named;
                        authors.Add(named);
                    }
                    else
                        publisher ??= named;
                    break;
                case HeaderLineKind.Byline:
                    if (BylineRules.By(text) is { } byline)
                    {
                        authors.AddRange(byline.Authors);
                        publisher ??= byline.Publisher;
                    }
                    else if (BylineRules.Bio(text, authors) is var (people, bioPublisher))
                    {
                        authors.AddRange(people);
                        publisher ??= bioPublisher;
                    }
                    else if (BylineRules.Institutional(text) is { } signed)
                    {
                        authors.AddRange(signed.Authors);
                        publisher ??= signed.Publisher;
                    }
                    else
                        nameLines.Add(text);
                    break;
                case HeaderLineKind.Dateline:
                    var bare = DatelineRules.Bare(text);
                    place ??= bare?.Place;
                    // As in a dateline that opens a paragraph, the tag names whose story it is, not an author.
                    if (bare?.Tag is { } tag && PublisherGazetteer.Canonical(tag) is { } tagged)
                    {
                        if (PublisherGazetteer.IsAgency(tagged))
                            agency ??= tagged;
                        else
                            publisher ??= tagged;
                    }
                    break;
                case HeaderLineKind.Date:
                    var header = HeaderDateRules.Read(text)!;
                    if (date is null && header.Date is not null)
                        (date, monthOnly) = (header.Date, header.MonthOnly);
                    foreach (var name in header.Names)
                    {
                        if (PublisherGazetteer.Canonical(name) is { } known)
                        {
                            if (PublisherGazetteer.IsAgency(known))
                            {
                                agency ??= known;
                                authors.Add(known);
                            }
                            else
                                publisher ??= known;
                        }
                        else if (!name.Contains(' ') || !name.Any(char.IsLower))
                            place ??= name;
                        else if (BylineRules.IsPersonLine(name))
                            authors.Add(name);
                    }
                    break;
            }
        }
        // A bare name line is the author only when no byline says more; a second one is the author's role ("Fellow at …").
        if (authors.Count == 0 && nameLines.Count > 0)
            authors.Add(nameLines[0]);
        return new ArticleHeader(typed.ToImmutable(), bodyStart, [.. authors.Distinct(StringComparer.Ordinal)], agency, publisher, date, monthOnly, place);
    }

    /// <summary>The title again, maybe after a kicker glued to it ("Regional TerrorismMilitants kill …"), or with other quote marks.</summary>
    private static bool IsTitleRepeat(string text, string title) =>
        text.EndsWith(title, StringComparison.Ordinal) || (Math.Abs(text.Length - title.Length) <= MaxRepeatLengthDifference && Words(text) == Words(title));

    private static string Words(string text) => string.Join(' ', Word().Matches(text.ToLowerInvariant()).Select(match => match.Value));

    private static bool IsHeadline(string text) =>
        text.Split(' ').Length >= MinHeadlineWords && !EndsSentence(text);

    /// <summary>Whether a line ends with closing punctuation (a sentence, a quotation, a bracket), unlike a heading.</summary>
    internal static bool EndsSentence(string text) => ClosingPunctuation().IsMatch(text);

    private static bool IsTitleCase(string text)
    {
        var words = text.Split(' ').Where(word => word.Length >= 4).ToList();
        return words.Count > 0 && words.Count(word => char.IsUpper(word[0])) * 10 >= words.Count * 7;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\s*[•■▪●◆►▶✓*]")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"[.!?…:;”""’')\]。！？」』）]\s*$")]
    private static partial Regex ClosingPunctuation();
}
