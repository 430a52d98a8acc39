using Briefings.Definitions.Sections;

namespace Briefings.Composition.Sections;

/// <summary>Builds the template data of one section kind from its definition and the brief's analysed selection.</summary>
public interface ISectionComposer
{
    Type DefinitionType { get; }

    SectionModel Compose(SectionDefinition definition, SectionInput input);
}
