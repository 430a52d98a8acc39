using System.Collections.Immutable;
using Briefings.Corpus.Entities;
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
        var (entities, warnings) = YamlEntryList.Read<EntityDefinition>(folder, FileName, "entities", "a list of people and organisations", Deserializer, (entity, line) =>
            (entity with { Line = line, Aliases = [.. entity.Aliases.Where(alias => !string.IsNullOrWhiteSpace(alias)).Select(alias => alias.Trim())] }, Problem(entity)));
        return (entities.IsEmpty ? Gazetteer.Empty : new Gazetteer(entities), warnings);
    }

    private static string? Problem(EntityDefinition entity) =>
        string.IsNullOrWhiteSpace(entity.Name) ? "an entity needs a `name`"
        : !EntityKinds.IsKnown(entity.Kind) ? $"entity '{entity.Name}' has kind '{entity.Kind}'; the kinds are {EntityKinds.Person} and {EntityKinds.Organisation}"
        : null;
}
