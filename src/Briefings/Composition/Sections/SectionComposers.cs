using System.Collections.Frozen;
using Briefings.Definitions.Sections;

namespace Briefings.Composition.Sections;

/// <summary>The composer of each section kind, by definition type. Built once, read-only.</summary>
public static class SectionComposers
{
    private static readonly FrozenDictionary<Type, ISectionComposer> ByType =
        new ISectionComposer[]
        {
            new SummarySectionComposer(), new QuotesSectionComposer(), new EntitiesSectionComposer(),
            new TimelineSectionComposer(), new SourcesSectionComposer(),
        }.ToFrozenDictionary(composer => composer.DefinitionType);

    public static SectionModel Compose(SectionDefinition definition, SectionInput input) =>
        ByType[definition.GetType()].Compose(definition, input);
}
