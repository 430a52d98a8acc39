using System.Collections.Frozen;

namespace Briefings.Definitions.Sections;

/// <summary>The section kinds a brief may use, by the name written in YAML. Built once, read-only.</summary>
public static class SectionKinds
{
    private static readonly FrozenDictionary<string, Type> ByName = new Dictionary<string, Type>
    {
        ["summary"] = typeof(SummarySectionDefinition),
        ["sources"] = typeof(SourcesSectionDefinition),
        ["quotes"] = typeof(QuotesSectionDefinition),
        ["entities"] = typeof(EntitiesSectionDefinition),
        ["timeline"] = typeof(TimelineSectionDefinition),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> Names => ByName.Keys.Order(StringComparer.Ordinal);

    public static Type? Find(string name) => ByName.GetValueOrDefault(name);

    public static string NameOf(SectionDefinition section) => ByName.First(pair => pair.Value == section.GetType()).Key;
}
