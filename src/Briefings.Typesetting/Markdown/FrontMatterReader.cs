using Briefings.Foundation.Yaml;
using Briefings.Typesetting.Documents;
using Briefings.Typesetting.Infrastructure;
using Markdig.Extensions.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Briefings.Typesetting.Markdown;

/// <summary>
/// Reads the YAML front matter of a Markdown document into <see cref="DocumentInfo"/> (keys in snake
/// case: <c>prepared_by</c>). Keys it does not know are ignored, as pandoc does, so any Markdown file
/// can be typeset.
/// </summary>
internal static class FrontMatterReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static DocumentInfo Read(YamlFrontMatterBlock block)
    {
        try
        {
            return YamlGuard.Read(() => Deserializer.Deserialize<DocumentInfo?>(block.Lines.ToString())) ?? new DocumentInfo();
        }
        catch (YamlException error)
        {
            // Front matter starts on the line after the opening '---'.
            var line = block.Line + 1 + error.Start.Line;
            throw new TypesettingException($"the front matter is not valid YAML: {YamlMessages.Describe(error)}") { Place = new(null, line, error.Start.Column) };
        }
    }
}
