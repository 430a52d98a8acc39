using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Corpus;

/// <summary>
/// Turns the raw lines of one article into its title, metadata, body paragraphs, captions and
/// notes. Page debris is dropped; every other line ends up in exactly one of those places.
/// Returns null, with a warning, when no title can be found.
/// </summary>
public static partial class ArticleParser
{
    private const int MaxTitleLength = 300;

    private static readonly string[] DateFormats =
    [
        "dddd, MM/dd/yyyy", "MM/dd/yyyy", "MMMM d, yyyy", "MMMM dd, yyyy", "d MMMM yyyy", "dddd, MMMM d, yyyy", "yyyy-MM-dd",
    ];

    public static (ParsedArticle? Article, CorpusWarning? Warning) Parse(RawArticle raw)
    {
        var (lines, disclaimedBy) = ContentLines(raw);
        if (lines.Count == 0)
            return (null, new CorpusWarning(raw.Seed, raw.StartLine, "no article text found; skipped."));
        var (titleLine, title) = lines[0];
        if (title.Length > MaxTitleLength)
            return (null, new CorpusWarning(raw.Seed, titleLine, $"the first line is {title.Length} characters, too long for a title; article skipped."));

        var article = new ArticleDraft();
        var inHeader = true;
        var inNotes = false;
        for (var i = 1; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            inHeader &= i <= 4;
            if (text == title)
                continue;
            if (DebrisRules.IsNotesHeading(text))
            {
                inNotes = true;
                continue;
            }
            if (inNotes && NoteLine().IsMatch(text))
            {
                article.Notes.Add(text);
                continue;
            }
            inNotes = false;
            if (!(inHeader && article.ReadHeader(text)))
            {
                inHeader = false;
                article.ReadBody(text);
            }
        }

        if (article.Paragraphs.Count > 0)
        {
            var (dateline, rest) = DatelineRules.Split(article.Paragraphs[0]);
            article.Dateline = dateline;
            article.Paragraphs[0] = rest;
        }
        article.Publisher ??= disclaimedBy;
        return (article.ToParsed(raw.Seed, titleLine, title), null);
    }

    public static string Hash(string title, IEnumerable<string> paragraphs)
    {
        var bytes = Encoding.UTF8.GetBytes(title + "\n\n" + string.Join("\n\n", paragraphs));
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);

    /// <summary>
    /// Non-empty lines without debris, each with its 1-based line number in the seed file, and the
    /// publisher that a dropped disclaimer line names.
    /// </summary>
    private static (List<(int Line, string Text)> Lines, string? DisclaimedBy) ContentLines(RawArticle raw)
    {
        var lines = new List<(int, string)>();
        string? disclaimedBy = null;
        var skip = Skip.None;
        for (var i = 0; i < raw.Lines.Length; i++)
        {
            var text = Whitespace().Replace(raw.Lines[i], " ").Trim();
            if (text.Length == 0)
                continue;
            if (skip == Skip.Headline)
            {
                skip = Skip.None;
                continue;
            }
            if (skip == Skip.Tags && DebrisRules.IsTag(text))
                continue;
            skip = DebrisRules.IsTeaserLabel(text) ? Skip.Headline : DebrisRules.IsTagsLabel(text) ? Skip.Tags : Skip.None;
            disclaimedBy ??= BylineRules.PublisherInDisclaimer(text);
            if (skip == Skip.None && !DebrisRules.IsDebris(text))
                lines.Add((raw.StartLine + i, text));
        }
        return (lines, disclaimedBy);
    }

    private enum Skip
    {
        None,
        Headline,
        Tags,
    }

    [GeneratedRegex(@"^\d{1,3} \S")]
    private static partial Regex NoteLine();

    // Scraped pages scatter no-break and other odd spaces; one plain space loses no word.
    [GeneratedRegex(@"[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+")]
    private static partial Regex Whitespace();

    /// <summary>An article being read line by line.</summary>
    private sealed class ArticleDraft
    {
        public List<string> Authors { get; } = [];
        public string? Publisher { get; set; }
        public DateOnly? Date { get; set; }
        public string? Dateline { get; set; }
        public List<string> Paragraphs { get; } = [];
        public List<string> Captions { get; } = [];
        public List<string> Notes { get; } = [];

        /// <summary>Reads a metadata line between headline and story; false when the story has begun.</summary>
        public bool ReadHeader(string text)
        {
            if (Date is null && TryParseDate(text, out var date))
                Date = date;
            else if (BylineRules.Author(text) is { } byline)
                Authors.Add(byline);
            else if (Publisher is null && BylineRules.IsPublisher(text))
            {
                Publisher = text;
                if (BylineRules.IsAgency(text))
                    Authors.Add(text);
            }
            else if (BylineRules.IsNameLine(text))
            {
                // The first name line is the author; a second is the author's role ("Fellow at …").
                if (Authors.Count == 0)
                    Authors.Add(text);
            }
            else
                return false;
            return true;
        }

        public void ReadBody(string text)
        {
            if (CaptionRules.IsCaption(text))
                Captions.Add(text);
            else if (CaptionRules.IsCreditLine(text) && Paragraphs.Count > 0)
            {
                Captions.Add(Paragraphs[^1] + " " + text);
                Paragraphs.RemoveAt(Paragraphs.Count - 1);
            }
            else if (BylineRules.Bio(text, Authors) is var (people, publisher))
            {
                if (Authors.Count == 0)
                    Authors.AddRange(people);
                Publisher ??= publisher;
            }
            else if (Paragraphs.Count == 0 || Paragraphs[^1] != text)
                Paragraphs.Add(text); // scraped pages often repeat the standfirst; keep it once
        }

        public ParsedArticle ToParsed(string seed, int line, string title) =>
            new(seed, line, title, [.. Authors], Publisher, Date, Dateline, [.. Paragraphs], [.. Captions], [.. Notes]);
    }
}

/// <summary>An article's fields before it gets its corpus-wide unique id.</summary>
public sealed record ParsedArticle(
    string Seed, int SeedLine, string Title, ImmutableArray<string> Authors, string? Publisher, DateOnly? Date, string? Dateline,
    ImmutableArray<string> Paragraphs, ImmutableArray<string> Captions, ImmutableArray<string> Notes);
