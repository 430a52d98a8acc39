using Markdig.Extensions.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Briefings.Typesetting.Markdown;

/// <summary>Reads the YAML front matter of a Markdown document into <see cref="DocumentInfo"/>.</summary>
public static class FrontMatterReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static DocumentInfo Read(YamlFrontMatterBlock? block, DocumentInfo defaults)
    {
        if (block is null)
            return defaults;
        var yaml = block.Lines.ToString();
        try
        {
            var fields = Deserializer.Deserialize<FrontMatter?>(yaml);
            return fields is null ? defaults : fields.ApplyTo(defaults);
        }
        catch (YamlException error)
        {
            // Front matter starts on the line after the opening '---'.
            var line = block.Line + 1 + (int)error.Start.Line;
            throw new TypesettingException($"{line}:{error.Start.Column}: the front matter is not valid YAML: {error.InnerException?.Message ?? error.Message}");
        }
    }

    private sealed class FrontMatter
    {
        public string? Title { get; set; }
        public string? Subtitle { get; set; }
        public string? Label { get; set; }
        public string? Marking { get; set; }
        public string? Date { get; set; }
        public string? PreparedBy { get; set; }
        public string? CoverNote { get; set; }
        public string? DocumentId { get; set; }
        public string? Author { get; set; }
        public string? Subject { get; set; }
        public string? Keywords { get; set; }
        public string? Language { get; set; }

        public DocumentInfo ApplyTo(DocumentInfo info) => info with
        {
            Title = Title ?? info.Title,
            Subtitle = Subtitle ?? info.Subtitle,
            Label = Label ?? info.Label,
            Marking = Marking ?? info.Marking,
            Date = Date ?? info.Date,
            PreparedBy = PreparedBy ?? info.PreparedBy,
            CoverNote = CoverNote ?? info.CoverNote,
            DocumentId = DocumentId ?? info.DocumentId,
            Author = Author ?? info.Author,
            Subject = Subject ?? info.Subject,
            Keywords = Keywords ?? info.Keywords,
            Language = Language ?? info.Language,
        };
    }
}
