using System.Collections.Immutable;

namespace Briefings.Cli.Json;

/// <summary>The shape of <c>entities --json</c> (schemas/entities.schema.json): the gazetteer's entities, then the names it lacks.</summary>
public sealed record EntitiesJson(ImmutableArray<EntitiesJson.Entity> Entities, ImmutableArray<EntitiesJson.Candidate> Candidates)
{
    /// <summary>A person or organisation of the gazetteer: its canonical name, kind, mentions and how many articles mention it.</summary>
    public sealed record Entity(string Name, string Kind, int Mentions, int Articles);

    /// <summary>A capitalised name the gazetteer lacks, with its mentions and articles.</summary>
    public sealed record Candidate(string Name, int Mentions, int Articles);
}
