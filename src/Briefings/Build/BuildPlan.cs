using System.Collections.Immutable;

namespace Briefings.Build;

/// <summary>
/// What a build must do: the results already known (unchanged or refused briefs), null where the
/// brief is to be written, in briefs.yaml order, and the briefs to write.
/// </summary>
public sealed record BuildPlan(ImmutableArray<BriefResult?> Known, ImmutableArray<BriefWork> Work);
