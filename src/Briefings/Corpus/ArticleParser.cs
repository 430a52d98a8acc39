using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Briefings.Corpus;

/// <summary>
/// Turns the raw lines of one article into its title, byline, date and body paragraphs.
/// Returns null, with a warning, when no title can be found.
/// </summary>
public static class ArticleParser
{
    private static readonly string[] DateFormats =
    [
        "dddd, MM/dd/yyyy", "MM/dd/yyyy", "MMMM d, yyyy", "MMMM dd, yyyy", "d MMMM yyyy", "dddd, MMMM d, yyyy",
    ];

    public static (ParsedArticle? Article, CorpusWarning? Warning) Parse(RawArticle raw)
    {
        var lines = new List<(int Line, string Text)>();
        var skipNext = false;
        for (var i = 0; i < raw.Lines.Length; i++)
        {
            var text = raw.Lines[i].Trim();
            if (text.Length == 0)
                continue;
            if (skipNext)
            {
                skipNext = false;
                continue;
            }
            if (DebrisRules.IsTeaserLabel(text))
            {
                skipNext = true;
                continue;
            }
            if (!DebrisRules.IsDebris(text))
                lines.Add((raw.StartLine + i, text));
        }
        if (lines.Count == 0)
            return (null, new CorpusWarning(raw.Seed, raw.StartLine, "no article text found; skipped."));

        var (titleLine, title) = lines[0];
        if (title.Length > 300)
            return (null, new CorpusWarning(raw.Seed, titleLine, "the first line is too long to be a title; article skipped."));

        var authors = ImmutableArray.CreateBuilder<string>();
        string? publisher = null;
        DateOnly? date = null;
        var paragraphs = ImmutableArray.CreateBuilder<string>();
        var captions = ImmutableArray.CreateBuilder<string>();
        var inHeader = true;
        for (var i = 1; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.Equals(title, StringComparison.Ordinal))
                continue;
            if (CaptionRules.IsCaption(text))
            {
                captions.Add(text);
                continue;
            }
            // The header is the run of short metadata lines between the headline and the story.
            inHeader &= i <= 4;
            if (inHeader && date is null && TryParseDate(text, out var parsed))
                date = parsed;
            else if (inHeader && BylineRules.Author(text) is { } byline)
                authors.Add(byline);
            else if (inHeader && publisher is null && BylineRules.IsPublisher(text))
                publisher = text;
            else if (inHeader && authors.Count == 0 && BylineRules.IsNameLine(text))
                authors.Add(text);
            else if (inHeader && authors.Count > 0 && BylineRules.IsNameLine(text))
                continue; // the author's role or affiliation, e.g. "Fellow at Oxford Global Society"
            else if (paragraphs.Count > 0 && paragraphs[^1] == text)
                continue; // scraped pages often repeat the standfirst
            else
            {
                inHeader = false;
                paragraphs.Add(text);
            }
        }
        var article = new ParsedArticle(raw.Seed, titleLine, title, authors.ToImmutable(), publisher, date, paragraphs.ToImmutable(), captions.ToImmutable());
        return (article, null);
    }

    public static string Hash(string title, IEnumerable<string> paragraphs)
    {
        var bytes = Encoding.UTF8.GetBytes(title + "\n\n" + string.Join("\n\n", paragraphs));
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);
}

/// <summary>An article's fields before it gets its corpus-wide unique id.</summary>
public sealed record ParsedArticle(
    string Seed, int SeedLine, string Title, ImmutableArray<string> Authors, string? Publisher, DateOnly? Date,
    ImmutableArray<string> Paragraphs, ImmutableArray<string> Captions);
