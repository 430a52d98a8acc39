using System.Collections.Immutable;
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

    public static (ImmutableArray<CatalogEntry> Entries, ImmutableArray<CorpusWarning> Warnings) Read(string folder) =>
        YamlEntryList.Read<CatalogEntry>(folder, FileName, "articles", "a list of corrections", Deserializer, (entry, line) =>
            (entry with { Line = line },
             (entry.Id is null) == (entry.Seed is null) ? "a catalog entry names an article by `id` or a file by `seed`, exactly one of them" : null));
}
