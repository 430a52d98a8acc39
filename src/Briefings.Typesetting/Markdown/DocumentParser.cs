using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Briefings.Foundation.Yaml;
using Briefings.Typesetting.Documents;
using Briefings.Typesetting.Infrastructure;
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
internal static partial class DocumentParser
{
    /// <param name="smartPunctuation">Curly quotes, dashes and ellipses from their ASCII spellings (see <see cref="SmartPunctuation"/>).</param>
    public static ParsedDocument Parse(string markdown, bool smartPunctuation)
    {
        var document = ParseNested(markdown, MarkdownPipelines.For(smartPunctuation));
        // Markdig recognises front matter only as the document's first block.
        var block = document.Count > 0 ? document[0] as YamlFrontMatterBlock : null;
        if (block is null)
            return new ParsedDocument(document, new DocumentInfo(), []);
        var (isMapping, fields) = ReadMapping(block);
        if (isMapping)
        {
            var info = FrontMatterReader.Read(block) with { Fields = fields };
            return new ParsedDocument(document, smartPunctuation ? SmartPunctuation.InTitles(info) : info, []);
        }

        var plain = ParseNested(markdown, MarkdownPipelines.For(smartPunctuation, frontMatter: false));
        return new ParsedDocument(plain, new DocumentInfo(),
            [$"{block.Line + 1}:1: the block between the opening '---' lines is not YAML front matter (a mapping such as 'title: ...'), so it is typeset as text."]);
    }

    /// <summary>Markdig's parse, its refusal of a document nested too deep told as the engine's error.</summary>
    internal static MarkdownDocument ParseNested(string markdown, Markdig.MarkdownPipeline pipeline)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException error) when (error.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            throw new TypesettingException(
                $"lists, quotes or other blocks are nested more than {MarkdownPipelines.MaximumNestingDepth} levels deep (a list level counts two); flatten the document.", error);
        }
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_-]*:(\s|$)")]
    private static partial Regex FrontMatterKey();

    /// <summary>
    /// Whether the block is a YAML mapping (or broken YAML meant as one), and its keys whose values are
    /// non-null scalars, as written: what the caller's style reads its own fields from.
    /// </summary>
    private static (bool IsMapping, ImmutableDictionary<string, string> Fields) ReadMapping(YamlFrontMatterBlock block)
    {
        var yaml = block.Lines.ToString();
        var none = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
        try
        {
            var stream = new YamlStream();
            YamlGuard.Read(() => stream.Load(new StringReader(yaml)));
            if (stream.Documents.Count == 0)
                return (true, none);
            if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
                return (false, none);
            var fields = none.ToBuilder();
            foreach (var (key, value) in mapping.Children)
                if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } text } scalar && !IsNull(scalar))
                    fields[name] = text;
            return (true, fields.ToImmutable());
        }
        catch (YamlException)
        {
            // Broken YAML that was meant as front matter (it opens with "key: ...") is reported as such by the reader.
            return (FrontMatterKey().IsMatch(yaml.TrimStart()), none);
        }
    }

    /// <summary>YAML's null (an empty plain value, <c>~</c> or <c>null</c>), which front matter reads as "not given".</summary>
    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
}

/// <summary>A parsed document with its front matter and what the reader should be told about the parse.</summary>
internal sealed record ParsedDocument(MarkdownDocument Document, DocumentInfo Info, ImmutableArray<string> Warnings);
