using System.Collections.Immutable;

namespace Briefings.Inspection;

/// <summary>The corpus's known entities and the frequent names the gazetteer lacks, each with its mentions and the articles that have it.</summary>
public sealed record EntityTally(ImmutableArray<EntityTally.Row> Known, ImmutableArray<EntityTally.Row> Candidates)
{
    /// <param name="Kind">The entity's kind; null for a candidate.</param>
    public sealed record Row(string Name, string? Kind, int Mentions, int Articles);
}
