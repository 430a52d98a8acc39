using System.Text.Encodings.Web;
using System.Text.Json;
using Briefings.Corpus;
using Briefings.Corpus.Web;

namespace Briefings.Benchmarks;

/// <summary>
/// Writes the prediction files that the article-extraction benchmark's <c>evaluate.py</c> scores:
/// <c>briefings.json</c> (our extractor) and <c>smartreader.json</c> (SmartReader, the Readability port,
/// as a reference), each (or those named) <c>{"&lt;key&gt;": {"articleBody": "…"}}</c> for every <c>&lt;key&gt;.html.gz</c>.
/// </summary>
public static class ArticleExtractionOutput
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(string htmlFolder, string outputFolder, string[] extractors)
    {
        Directory.CreateDirectory(outputFolder);
        var pages = Directory.GetFiles(htmlFolder, "*.html.gz").Order(StringComparer.Ordinal)
            .Select(path => (Key: Path.GetFileName(path)[..^".html.gz".Length], Html: HtmlDecoder.Decode(File.ReadAllBytes(path), long.MaxValue).Text))
            .ToList();
        if (extractors is [] || extractors.Contains("briefings"))
            Save(Path.Combine(outputFolder, "briefings.json"), Bodies(htmlFolder, pages.Select(page => page.Key)));
        if (extractors.Contains("blocks"))
            Save(Path.Combine(outputFolder, "blocks.json"), pages.ToDictionary(page => page.Key, page => Blocks(page.Html)));
        if (extractors is [] || extractors.Contains("smartreader"))
            Save(Path.Combine(outputFolder, "smartreader.json"), pages.ToDictionary(page => page.Key, page => SmartReaderBody(page.Html)));
    }

    /// <summary>
    /// Each page's article as the corpus reads it from the seed folder (what briefs are made of): its body
    /// paragraphs, without the header lines and captions set apart. A page that gives no article scores as empty.
    /// </summary>
    public static Dictionary<string, string> Bodies(string htmlFolder, IEnumerable<string> keys)
    {
        var articles = new CorpusLoader(CorpusOptions.Default).Load(htmlFolder).Articles
            .ToDictionary(article => article.Seed[..^".html.gz".Length], article => string.Join("\n\n", article.Paragraphs));
        return keys.ToDictionary(key => key, key => articles.GetValueOrDefault(key, ""));
    }

    /// <summary>The extractor's blocks before the corpus rules read them (asked for by name only, to see what those rules change).</summary>
    private static string Blocks(string html) =>
        string.Join("\n\n", HtmlPageReader.Read(html).Blocks.Where(block => block.Kind != TextBlockKind.Caption).Select(block => block.Text));

    private static string SmartReaderBody(string html) =>
        new SmartReader.Reader("https://example.org/", html).GetArticle().TextContent ?? "";

    private static void Save(string path, Dictionary<string, string> bodies) =>
        File.WriteAllText(path, JsonSerializer.Serialize(bodies.ToDictionary(pair => pair.Key, pair => new { articleBody = pair.Value }), Json));
}
