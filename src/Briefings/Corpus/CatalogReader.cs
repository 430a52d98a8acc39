using System.Collections.Immutable;
using Briefings.Definitions.Yaml;
using Briefings.Foundation.Yaml;
using static Briefings.Foundation.Yaml.YamlValues;

namespace Briefings.Corpus;

/// <summary>
/// Reads <c>seeds/catalog.yaml</c>: <c>articles:</c>, a list of corrections by <c>id</c> or <c>seed</c>.
/// A mistake in one entry is a warning at its line; the other entries still apply.
/// </summary>
public static class CatalogReader
{
    public const string FileName = "catalog.yaml";

    /// <summary>A catalog entry's keys; a seed's front matter has the same ones.</summary>
    public static YamlShape<CatalogEntry> Entry { get; } = new YamlShape<CatalogEntry>("catalog entry", () => new())
        .Key("id", (p, v) => v with { Id = Text(p) })
        .Key("seed", (p, v) => v with { Seed = Text(p) })
        .Key("title", (p, v) => v with { Title = Text(p) })
        .Key("authors", (p, v) => v with { Authors = Texts(p) })
        .Key("publisher", (p, v) => v with { Publisher = Text(p) })
        .Key("date", (p, v) => v with { Date = IsoDate.Read(p) })
        .Key("url", (p, v) => v with { Url = Text(p) })
        .Key("tags", (p, v) => v with { Tags = Texts(p) });

    public static (ImmutableArray<CatalogEntry> Entries, ImmutableArray<CorpusWarning> Warnings) Read(string folder) =>
        YamlEntryList.Read<CatalogEntry>(folder, FileName, "articles", "a list of corrections", Entry, (entry, line) =>
            (entry with { Line = line },
             (entry.Id is null) == (entry.Seed is null) ? "a catalog entry names an article by `id` or a file by `seed`, exactly one of them" : null));
}
