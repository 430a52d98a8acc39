using System.Text.Encodings.Web;
using System.Text.Json;
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
            Save(Path.Combine(outputFolder, "briefings.json"), pages.ToDictionary(page => page.Key, page => Body(page.Html)));
        if (extractors is [] || extractors.Contains("smartreader"))
            Save(Path.Combine(outputFolder, "smartreader.json"), pages.ToDictionary(page => page.Key, page => SmartReaderBody(page.Html)));
    }

    /// <summary>The article as a reader of the seed gets it: its blocks, captions apart, one a paragraph.</summary>
    public static string Body(string html) =>
        string.Join("\n\n", HtmlPageReader.Read(html).Blocks.Where(block => block.Kind != TextBlockKind.Caption).Select(block => block.Text));

    private static string SmartReaderBody(string html) =>
        new SmartReader.Reader("https://example.org/", html).GetArticle().TextContent ?? "";

    private static void Save(string path, Dictionary<string, string> bodies) =>
        File.WriteAllText(path, JsonSerializer.Serialize(bodies.ToDictionary(pair => pair.Key, pair => new { articleBody = pair.Value }), Json));
}
