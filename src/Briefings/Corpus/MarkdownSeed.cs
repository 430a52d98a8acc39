using System.Text.RegularExpressions;
using Briefings.Foundation.Yaml;
using YamlDotNet.Core;

namespace Briefings.Corpus;

/// <summary>
/// A Markdown seed: optional YAML front matter (the same fields as a catalog entry: title, authors,
/// publisher, date, url, tags) and a body whose heading marks are dropped, since bodies are plain text.
/// </summary>
public static partial class MarkdownSeed
{
    public static bool Applies(SeedFile seed) => seed.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>The seed as plain text (title first), and its front matter as a correction.</summary>
    public static (SeedFile Text, CatalogEntry? FrontMatter, CorpusWarning? Warning) Read(SeedFile seed)
    {
        var text = seed.Text;
        CatalogEntry? frontMatter = null;
        CorpusWarning? warning = null;
        var match = FrontMatterBlock().Match(text);
        if (match.Success)
        {
            try
            {
                frontMatter = (YamlDocument.Read(match.Groups["yaml"].Value, CatalogReader.Entry.Read) ?? new CatalogEntry()) with { Seed = seed.Name };
            }
            catch (YamlException error)
            {
                warning = new CorpusWarning(seed.Name, 1 + (int)error.Start.Line, $"the front matter is not valid YAML ({YamlMessages.Describe(error).TrimEnd('.')}); it was ignored.");
            }
            // Keep the line count so that seed line numbers stay true.
            text = new string('\n', match.Value.Count(ch => ch == '\n')) + text[match.Length..];
            if (frontMatter?.Title is { } title)
                text = title + "\n" + text;
        }
        return (seed with { Text = HeadingMark().Replace(text, "") }, frontMatter, warning);
    }

    [GeneratedRegex(@"\A---\n(?<yaml>.*?)\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatterBlock();

    [GeneratedRegex(@"^#{1,6}\s+", RegexOptions.Multiline)]
    private static partial Regex HeadingMark();
}
