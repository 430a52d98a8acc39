using Briefings.Foundation.Yaml;
using Briefings.Typesetting.Documents;
using Briefings.Typesetting.Infrastructure;
using Markdig.Extensions.Yaml;
using YamlDotNet.Core;
using static Briefings.Foundation.Yaml.YamlValues;

namespace Briefings.Typesetting.Markdown;

/// <summary>
/// Reads the YAML front matter of a Markdown document into <see cref="DocumentInfo"/> (keys in snake
/// case: <c>prepared_by</c>). Keys it does not know are ignored, as pandoc does, so any Markdown file
/// can be typeset.
/// </summary>
internal static class FrontMatterReader
{
    private static readonly YamlShape<DocumentInfo> Shape = new YamlShape<DocumentInfo>("front matter", () => new()) { IgnoreUnknownKeys = true }
        .Key("title", (p, v) => v with { Title = Text(p) })
        .Key("author", (p, v) => v with { Author = Text(p) })
        .Key("subject", (p, v) => v with { Subject = Text(p) })
        .Key("keywords", (p, v) => v with { Keywords = Text(p) })
        .Key("language", (p, v) => v with { Language = Text(p) ?? v.Language })
        .Key("toc", (p, v) => v with { Toc = Flag(p) ?? v.Toc });

    public static DocumentInfo Read(YamlFrontMatterBlock block)
    {
        try
        {
            return YamlDocument.Read(block.Lines.ToString(), Shape.Read) ?? new DocumentInfo();
        }
        catch (YamlException error)
        {
            // Front matter starts on the line after the opening '---'.
            var line = block.Line + 1 + error.Start.Line;
            throw new TypesettingException($"the front matter is not valid YAML: {YamlMessages.Describe(error)}") { Place = new(null, line, error.Start.Column) };
        }
    }
}
