using System.Collections.Immutable;
using Briefings.Analysis.Entities;
using Briefings.Typesetting.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Briefings.Corpus;

/// <summary>
/// Reads <c>seeds/entities.yaml</c>, the gazetteer: <c>entities:</c>, a list of people and
/// organisations with their aliases. A bad entry is a warning at its line; the others still count.
/// </summary>
public static class GazetteerReader
{
    public const string FileName = "entities.yaml";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static (Gazetteer Gazetteer, ImmutableArray<CorpusWarning> Warnings) Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            return (Gazetteer.Empty, []);
        var entities = ImmutableArray.CreateBuilder<EntityDefinition>();
        var warnings = ImmutableArray.CreateBuilder<CorpusWarning>();
        try
        {
            var parser = new Parser(new StringReader(File.ReadAllText(path)));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
                return (Gazetteer.Empty, []);
            parser.Consume<DocumentStart>();
            parser.Consume<MappingStart>();
            var key = parser.Consume<Scalar>();
            if (key.Value != "entities")
                throw new YamlException(key.Start, key.End, "the gazetteer's top level must be `entities:`, a list of people and organisations.");
            parser.Consume<SequenceStart>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                var start = parser.Current!.Start;
                try
                {
                    var entity = Deserializer.Deserialize<EntityDefinition>(parser) with { Line = (int)start.Line };
                    if (Problem(entity) is { } problem)
                        warnings.Add(new CorpusWarning(FileName, entity.Line, $"{problem}; entry ignored."));
                    else
                        entities.Add(entity with { Aliases = [.. entity.Aliases.Where(alias => !string.IsNullOrWhiteSpace(alias)).Select(alias => alias.Trim())] });
                }
                catch (YamlException error)
                {
                    warnings.Add(new CorpusWarning(FileName, (int)error.Start.Line, $"{YamlMessages.Describe(error).TrimEnd('.')}; entry ignored."));
                    while (parser.Current is not null and not SequenceEnd && !(parser.Current is MappingStart && parser.Current.Start.Line > start.Line && parser.Current.Start.Column == start.Column))
                        parser.MoveNext();
                }
            }
        }
        catch (YamlException error)
        {
            warnings.Add(new CorpusWarning(FileName, (int)error.Start.Line, $"the gazetteer could not be read: {YamlMessages.Describe(error).TrimEnd('.')}"));
        }
        return (new Gazetteer(entities.ToImmutable()), warnings.ToImmutable());
    }

    private static string? Problem(EntityDefinition entity) =>
        string.IsNullOrWhiteSpace(entity.Name) ? "an entity needs a `name`"
        : !EntityKinds.IsKnown(entity.Kind) ? $"entity '{entity.Name}' has kind '{entity.Kind}'; the kinds are {EntityKinds.Person} and {EntityKinds.Organisation}"
        : null;
}
