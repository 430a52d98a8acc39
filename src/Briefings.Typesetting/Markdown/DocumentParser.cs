using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Briefings.Foundation.Yaml;
using Briefings.Typesetting.Documents;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Typesetting.Markdown;

/// <summary>
/// Parses a Markdown document and its front matter. An opening <c>---</c> block that is not a YAML
/// mapping (a document that merely starts with a thematic break, say) is not front matter: the
/// document is parsed again without the extension, so its text is typeset rather than lost.
/// </summary>
internal partial class DocumentParser
{
    public static ParsedDocument Parse(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelines.Document);
        // Markdig recognises front matter only as the document's first block.
        var block = document.Count > 0 ? document[0] as YamlFrontMatterBlock : null;
        if (block is null)
            return new ParsedDocument(document, new DocumentInfo(), []);
        if (IsMapping(block))
            return new ParsedDocument(document, FrontMatterReader.Read(block), []);

        var plain = Markdig.Markdown.Parse(markdown, MarkdownPipelines.WithoutFrontMatter);
        return new ParsedDocument(plain, new DocumentInfo(),
            [$"{block.Line + 1}:1: the block between the opening '---' lines is not YAML front matter (a mapping such as 'title: ...'), so it is typeset as text."]);
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_-]*:(\s|$)")]
    private static partial Regex FrontMatterKey();

    private static bool IsMapping(YamlFrontMatterBlock block)
    {
        var yaml = block.Lines.ToString();
        try
        {
            var stream = new YamlStream();
            YamlGuard.Read(() => stream.Load(new StringReader(yaml)));
            return stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlMappingNode;
        }
        catch (YamlException)
        {
            // Broken YAML that was meant as front matter (it opens with "key: ...") is reported as such by the reader.
            return FrontMatterKey().IsMatch(yaml.TrimStart());
        }
    }
}

/// <summary>A parsed document with its front matter and what the reader should be told about the parse.</summary>
internal sealed record ParsedDocument(MarkdownDocument Document, DocumentInfo Info, ImmutableArray<string> Warnings);
