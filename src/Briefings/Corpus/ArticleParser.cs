using System.Collections.Immutable;
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

    /// <summary>A line of this many words is a paragraph of the article; site furniture ends only an article that has one.</summary>
    private const int MinParagraphWords = 20;

    /// <summary>Paragraphs opening with a speaker in capitals that make a text a transcript.</summary>
    private const int MinTranscriptTurns = 3;

    /// <summary>A last paragraph without closing punctuation and shorter than this is a heading with nothing under it.</summary>
    private const int MaxTrailingHeadingWords = 25;

    /// <summary>The paragraphs of the lead, where a radio report names its reporter ("… reports from Islamabad.").</summary>
    private const int LeadParagraphs = 3;

    public static (ParsedArticle? Article, CorpusWarning? Warning) Parse(RawArticle raw)
    {
        var (lines, furniture) = ContentLines(raw);
        if (lines.Count == 0)
            return (null, new CorpusWarning(raw.Seed, raw.StartLine, "no article text found; skipped."));
        var (titleLine, title) = lines[0];
        if (title.Length > MaxTitleLength)
            return (null, new CorpusWarning(raw.Seed, titleLine, $"the first line is {title.Length} characters, too long for a title; article skipped."));

        var texts = lines.Skip(1).Select(line => line.Text).ToList();
        var header = HeaderReader.Read(texts, title);
        var article = new ArticleDraft();
        article.Authors.AddRange(header.Authors);
        article.Captions.AddRange(header.Lines.Where(line => line.Kind == HeaderLineKind.Caption).Select(line => line.Text));
        var inNotes = false;
        for (var i = header.BodyStart; i < texts.Count; i++)
        {
            var text = texts[i];
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
            article.ReadBody(text);
        }
        article.DropTrailingHeadings();
        if (article.Authors.Count == 0 && article.Paragraphs.Take(LeadParagraphs).Select(BylineRules.Reporter).FirstOrDefault(name => name is not null) is { } reporter)
            article.Authors.Add(reporter);

        string? tagPublisher = null;
        if (article.Paragraphs.Count > 0 && !IsTranscript(article.Paragraphs) && DatelineRules.Match(article.Paragraphs[0]) is { } dateline)
        {
            article.Dateline = dateline.Place;
            article.Paragraphs[0] = dateline.Remainder;
            tagPublisher = dateline.Tag is { } tag ? PublisherRules.FromTag(tag) : null;
        }
        article.Dateline ??= header.Place;
        article.Publisher = Publisher(header, tagPublisher, article, furniture);
        return (article.ToParsed(raw.Seed, titleLine, title, header), null);
    }

    /// <summary>A transcript opens its paragraphs with speakers' names in capitals ("FADEL: …"), which are no datelines.</summary>
    private static bool IsTranscript(List<string> paragraphs) => paragraphs.Count(paragraph => SpeakerLabel().IsMatch(paragraph)) >= MinTranscriptTurns;

    /// <summary>
    /// Whose story it is, as the text names it: a wire agency first (dateline tag, header source), then
    /// the outlet a dateline tag or the header names, an author bio's outlet, an interview given to an
    /// outlet, the page furniture, a disclaimer.
    /// </summary>
    private static string? Publisher(ArticleHeader header, string? tagPublisher, ArticleDraft article, List<string> furniture)
    {
        var tagAgency = tagPublisher is not null && PublisherGazetteer.IsAgency(tagPublisher) ? tagPublisher : null;
        var signOffAgency = article.SignOff is { } signOff && PublisherGazetteer.IsAgency(signOff) ? signOff : null;
        return tagAgency ?? header.Agency ?? signOffAgency ?? tagPublisher ?? header.Publisher ?? article.Publisher ?? article.SignOff
            ?? article.Paragraphs.Select(PublisherRules.FromInterview).FirstOrDefault(name => name is not null)
            ?? furniture.Select(PublisherRules.FromFurniture).FirstOrDefault(name => name is not null)
            ?? furniture.Select(BylineRules.PublisherInDisclaimer).FirstOrDefault(name => name is not null);
    }

    public static string Hash(string title, IEnumerable<string> paragraphs)
    {
        var bytes = Encoding.UTF8.GetBytes(title + "\n\n" + string.Join("\n\n", paragraphs));
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }

    /// <summary>
    /// Non-empty lines without debris, each with its 1-based line number in the seed file, and the lines
    /// of page furniture: the debris dropped and everything after a line that ends the article's text.
    /// </summary>
    private static (List<(int Line, string Text)> Lines, List<string> Furniture) ContentLines(RawArticle raw)
    {
        var lines = new List<(int, string)>();
        var furniture = new List<string>();
        var skip = Skip.None;
        var ended = false;
        var seenParagraph = false;
        for (var i = 0; i < raw.Lines.Length; i++)
        {
            var text = Whitespace().Replace(raw.Lines[i], " ").Trim();
            if (text.Length == 0)
                continue;
            ended |= seenParagraph && DebrisRules.IsEndMarker(text);
            if (ended)
            {
                furniture.Add(text);
                continue;
            }
            if (skip == Skip.Headline)
            {
                skip = Skip.None;
                continue;
            }
            if (skip == Skip.Tags && DebrisRules.IsTag(text))
                continue;
            skip = DebrisRules.IsTeaserLabel(text) ? Skip.Headline : DebrisRules.IsTagsLabel(text) ? Skip.Tags : Skip.None;
            if (skip == Skip.None && !DebrisRules.IsDebris(text))
            {
                lines.Add((raw.StartLine + i, text));
                seenParagraph |= lines.Count > 1 && text.Split(' ').Length >= MinParagraphWords;
            }
            else
                furniture.Add(text);
        }
        return (lines, furniture);
    }

    private enum Skip
    {
        None,
        Headline,
        Tags,
    }

    [GeneratedRegex(@"^[A-Z][A-Z.'’ -]+(?:, [A-Z ]+)?: ")]
    private static partial Regex SpeakerLabel();

    [GeneratedRegex(@"^\d{1,3} \S")]
    private static partial Regex NoteLine();

    /// <summary>Up to five capitalised words after a paragraph's final full stop, and nothing after them.</summary>
    [GeneratedRegex(@"(?<=[.!?”""’])\s+(?<name>\p{Lu}[\p{L}’'&.-]*(?: [\p{L}’'&.-]+){0,4})\s*$")]
    private static partial Regex TrailingName();

    // Scraped pages scatter no-break and other odd spaces; one plain space loses no word.
    [GeneratedRegex(@"[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+")]
    private static partial Regex Whitespace();

    /// <summary>An article being read line by line.</summary>
    private sealed class ArticleDraft
    {
        public List<string> Authors { get; } = [];
        public string? Publisher { get; set; }
        public string? Dateline { get; set; }
        public string? SignOff { get; set; }
        public List<string> Paragraphs { get; } = [];
        public List<string> Captions { get; } = [];
        public List<string> Notes { get; } = [];

        public void ReadBody(string text)
        {
            if (CaptionRules.IsCaption(text))
                Captions.Add(text);
            else if (CaptionRules.IsCreditLine(text) && Paragraphs.Count > 0)
            {
                Captions.Add(Paragraphs[^1] + " " + text);
                Paragraphs.RemoveAt(Paragraphs.Count - 1);
            }
            else if (BylineRules.ReportingBy(text) is { } reporters)
            {
                if (Authors.Count == 0)
                    Authors.AddRange(reporters);
            }
            else if (BylineRules.Publisher(text) is { } signOff && Paragraphs.Count > 0)
                SignOff ??= signOff; // "Reuters" alone under the story names the wire it came from
            else if (BylineRules.Bio(text, Authors) is var (people, publisher))
            {
                if (Authors.Count == 0)
                    Authors.AddRange(people);
                Publisher ??= publisher;
            }
            else if (Paragraphs.Count == 0 || Paragraphs[^1] != text)
            {
                Paragraphs.Add(text); // scraped pages often repeat the standfirst; keep it once
                NoteGluedSignOff(text);
            }
        }

        /// <summary>
        /// A sign-off the page glued to the story's last sentence ("… posing them. The Kabul Times"): the
        /// outlet named after the final full stop is whose story it is. The words stay in the paragraph, as
        /// the page had them.
        /// </summary>
        private void NoteGluedSignOff(string text)
        {
            if (TrailingName().Match(text) is { Success: true } match && PublisherGazetteer.Canonical(match.Groups["name"].Value) is { } outlet)
                SignOff ??= outlet;
        }

        /// <summary>A heading at the end of the text has nothing under it: the page was cut after it.</summary>
        public void DropTrailingHeadings()
        {
            while (Paragraphs.Count > 1 && IsHeading(Paragraphs[^1]))
                Paragraphs.RemoveAt(Paragraphs.Count - 1);
        }

        private static bool IsHeading(string text) =>
            text.Split(' ').Length < MaxTrailingHeadingWords && !text.Contains(',', StringComparison.Ordinal) && !HeaderReader.EndsSentence(text);

        public ParsedArticle ToParsed(string seed, int line, string title, ArticleHeader header) =>
            new(seed, line, title, [.. Authors.Distinct(StringComparer.Ordinal)], Publisher, header.Date, Dateline, [.. Paragraphs], [.. Captions], [.. Notes])
            {
                DateIsMonth = header.DateIsMonth,
                Header = header.Lines,
            };
    }
}

/// <summary>An article's fields before it gets its corpus-wide unique id.</summary>
public sealed record ParsedArticle(
    string Seed, int SeedLine, string Title, ImmutableArray<string> Authors, string? Publisher, DateOnly? Date, string? Dateline,
    ImmutableArray<string> Paragraphs, ImmutableArray<string> Captions, ImmutableArray<string> Notes)
{
    public bool DateIsMonth { get; init; }

    public ImmutableArray<HeaderLine> Header { get; init; } = [];

    /// <summary>The page's canonical URL, for web seeds.</summary>
    public string? Url { get; init; }

    /// <summary>True for a feed item that carried only a summary.</summary>
    public bool IsSummary { get; init; }
}
