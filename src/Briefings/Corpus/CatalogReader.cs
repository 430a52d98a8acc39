using System.Collections.Immutable;
using Briefings.Typesetting.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Briefings.Corpus;

/// <summary>
/// Reads <c>seeds/catalog.yaml</c>: <c>articles:</c>, a list of corrections by <c>id</c> or <c>seed</c>.
/// A mistake in one entry is a warning at its line; the other entries still apply.
/// </summary>
public static class CatalogReader
{
    public const string FileName = "catalog.yaml";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithTypeConverter(new Definitions.Yaml.IsoDateConverter())
        .Build();

    public static (ImmutableArray<CatalogEntry> Entries, ImmutableArray<CorpusWarning> Warnings) Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            return ([], []);
        var entries = ImmutableArray.CreateBuilder<CatalogEntry>();
        var warnings = ImmutableArray.CreateBuilder<CorpusWarning>();
        try
        {
            var parser = new Parser(new StringReader(File.ReadAllText(path)));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
                return ([], []);
            parser.Consume<DocumentStart>();
            parser.Consume<MappingStart>();
            var key = parser.Consume<Scalar>();
            if (key.Value != "articles")
                throw new YamlException(key.Start, key.End, "the catalog's top level must be `articles:`, a list of corrections.");
            parser.Consume<SequenceStart>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                var start = parser.Current!.Start;
                try
                {
                    var entry = Deserializer.Deserialize<CatalogEntry>(parser) with { Line = (int)start.Line };
                    if ((entry.Id is null) == (entry.Seed is null))
                        warnings.Add(new CorpusWarning(FileName, entry.Line, "a catalog entry names an article by `id` or a file by `seed`, exactly one of them; entry ignored."));
                    else
                        entries.Add(entry);
                }
                catch (YamlException error)
                {
                    warnings.Add(new CorpusWarning(FileName, (int)error.Start.Line, $"{YamlMessages.Describe(error).TrimEnd('.')}; entry ignored."));
                    SkipTo(parser, start);
                }
            }
        }
        catch (YamlException error)
        {
            warnings.Add(new CorpusWarning(FileName, (int)error.Start.Line, $"the catalog could not be read: {YamlMessages.Describe(error).TrimEnd('.')}"));
        }
        return (entries.ToImmutable(), warnings.ToImmutable());
    }

    /// <summary>After a bad entry, skips the rest of it so the next entry can be read.</summary>
    private static void SkipTo(IParser parser, Mark entryStart)
    {
        while (parser.Current is not null and not SequenceEnd && !(parser.Current is MappingStart && parser.Current.Start.Line > entryStart.Line && parser.Current.Start.Column == entryStart.Column))
            parser.MoveNext();
    }
}
