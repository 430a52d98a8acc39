using System.Collections.Immutable;
using Briefings.Corpus;

namespace Briefings.Build;

/// <summary>The outcome of a build: one result per brief, in briefs.yaml order, the corpus warnings and the build's own.</summary>
public sealed record BuildReport(ImmutableArray<BriefResult> Briefs, ImmutableArray<CorpusWarning> CorpusWarnings, ImmutableArray<BuildWarning> BuildWarnings)
{
    public bool AnyFailed => Briefs.Any(brief => brief.Status == BriefStatus.Failed);

    /// <summary>Every warning as the one line it is printed as: the corpus's first, then the build's.</summary>
    public IEnumerable<string> Warnings => CorpusWarnings.Select(warning => warning.ToString()).Concat(BuildWarnings.Select(warning => warning.ToString()));
}
