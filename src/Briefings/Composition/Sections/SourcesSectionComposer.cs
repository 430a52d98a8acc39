using Briefings.Definitions.Sections;

namespace Briefings.Composition.Sections;

/// <summary><c>sources</c>: the numbered sources list; the data are the brief's sources themselves.</summary>
public sealed class SourcesSectionComposer : ISectionComposer
{
    public Type DefinitionType => typeof(SourcesSectionDefinition);

    public SectionModel Compose(SectionDefinition definition, SectionInput input) =>
        new("sources", definition.Title ?? "Sources", new object());
}
