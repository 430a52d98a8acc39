using System.Collections.Immutable;
using Briefings.Definitions.Sections;

namespace Briefings.Composition.Sections;

/// <summary><c>entities</c>: the people and organisations named most across the selection, with their mentions and sources.</summary>
public sealed class EntitiesSectionComposer : ISectionComposer
{
    public Type DefinitionType => typeof(EntitiesSectionDefinition);

    public SectionModel Compose(SectionDefinition definition, SectionInput input)
    {
        var options = (EntitiesSectionDefinition)definition;
        var rows = input.Sources
            .SelectMany(source => source.Analysis.Entities.Select(mention => (Mention: mention, source.Source)))
            .GroupBy(item => item.Mention.Name, StringComparer.Ordinal)
            .Select(group => new EntityRow(
                group.Key,
                group.First().Mention.Kind,
                group.First().Mention.Role,
                group.Sum(item => item.Mention.Mentions),
                [.. group.Select(item => item.Source).Distinct().Order()]))
            .OrderByDescending(row => row.Mentions).ThenBy(row => row.Name, StringComparer.Ordinal)
            .Take(options.Top ?? input.Length.Entities);
        return new SectionModel("entities", options.Title ?? "People and organisations", new EntitiesData([.. rows]));
    }
}

public sealed record EntitiesData(ImmutableArray<EntityRow> Entities) : Templates.ITemplateModel;

/// <summary>One entity across the selection: canonical name, kind, role, total mentions and the sources naming it.</summary>
public sealed record EntityRow(string Name, string Kind, string? Role, int Mentions, ImmutableArray<int> Sources) : Templates.ITemplateModel;
