using System.Collections.Immutable;
using Briefings.Corpus.Entities;
using Briefings.Foundation.Yaml;
using static Briefings.Foundation.Yaml.YamlValues;

namespace Briefings.Corpus;

/// <summary>
/// Reads <c>seeds/entities.yaml</c>, the gazetteer: <c>entities:</c>, a list of people and
/// organisations with their aliases. A bad entry is a warning at its line; the others still count.
/// </summary>
public static class GazetteerReader
{
    public const string FileName = "entities.yaml";

    private static readonly YamlShape<EntityDefinition> Entity = new YamlShape<EntityDefinition>("entity", () => new())
        .Key("name", (p, v) => v with { Name = Text(p) ?? v.Name })
        .Key("kind", (p, v) => v with { Kind = Text(p) ?? v.Kind })
        .Key("role", (p, v) => v with { Role = Text(p) })
        .Key("aliases", (p, v) => v with { Aliases = Texts(p) ?? v.Aliases });

    public static (Gazetteer Gazetteer, ImmutableArray<CorpusWarning> Warnings) Read(string folder)
    {
        var (entities, warnings) = YamlEntryList.Read<EntityDefinition>(folder, FileName, "entities", "a list of people and organisations", Entity, (entity, line) =>
            (entity with { Line = line, Aliases = [.. entity.Aliases.Where(alias => !string.IsNullOrWhiteSpace(alias)).Select(alias => alias.Trim())] }, Problem(entity)));
        return (entities.IsEmpty ? Gazetteer.Empty : new Gazetteer(entities), warnings);
    }

    private static string? Problem(EntityDefinition entity) =>
        string.IsNullOrWhiteSpace(entity.Name) ? "an entity needs a `name`"
        : !EntityKinds.IsKnown(entity.Kind) ? $"entity '{entity.Name}' has kind '{entity.Kind}'; the kinds are {EntityKinds.Person} and {EntityKinds.Organisation}"
        : null;
}
