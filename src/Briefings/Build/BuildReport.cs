using System.Collections.Immutable;
using Briefings.Corpus;

namespace Briefings.Build;

/// <summary>The outcome of a build: one result per brief, in briefs.yaml order, and the corpus warnings.</summary>
public sealed record BuildReport(ImmutableArray<BriefResult> Briefs, ImmutableArray<CorpusWarning> Warnings)
{
    public bool AnyFailed => Briefs.Any(brief => brief.Status == BriefStatus.Failed);
}
