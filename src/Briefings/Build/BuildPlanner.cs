using System.Collections.Immutable;
using Briefings.Analysis;
using Briefings.Common;
using Briefings.Composition;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Foundation.Files;

namespace Briefings.Build;

/// <summary>
/// Decides what a build must do, reading only: which briefs are up to date (the fingerprint of their
/// inputs is the one the manifest recorded and their PDF is still there, byte for byte), which are
/// refused, and which must be written.
/// </summary>
public sealed class BuildPlanner(BriefsFile file, BuildManifest manifest)
{
    /// <summary>
    /// The results of a build that has nothing to do, or null when some brief has no good record (it
    /// failed last time, is new, or its PDF is missing or altered): then every brief is looked at.
    /// </summary>
    public ImmutableArray<BriefResult>? Unchanged()
    {
        var results = ImmutableArray.CreateBuilder<BriefResult>();
        foreach (var entry in file.Briefs)
        {
            if (!manifest.Briefs.TryGetValue(entry.Id, out var recorded))
                return null;
            if (IsUpToDate(entry.Id, recorded.Fingerprint) is not { } upToDate)
                return null;
            results.Add(upToDate);
        }
        return results.ToImmutable();
    }

    /// <summary>Each brief's articles and fingerprint, and from them whether it is up to date, refused, or to be written.</summary>
    public BuildPlan Plan(ArticleCorpus corpus, ArticleAnalyzer analyzer, BriefFingerprint fingerprints, bool force)
    {
        var known = new BriefResult?[file.Briefs.Length];
        var work = ImmutableArray.CreateBuilder<BriefWork>();
        for (var i = 0; i < file.Briefs.Length; i++)
        {
            var entry = file.Briefs[i];
            var (selection, fingerprint) = Fingerprint(entry, corpus, analyzer, fingerprints, out var error);
            var upToDate = fingerprint is null || force ? null : IsUpToDate(entry.Id, fingerprint);
            if (fingerprint is not null && upToDate is null)
                work.Add(new BriefWork(i, (LoadedBrief)entry, selection!, fingerprint));
            else
                known[i] = upToDate ?? BriefResult.Failed(entry.Id, error!) with { DefinitionRefused = true };
        }
        return new BuildPlan([.. known], work.ToImmutable());
    }

    /// <summary>An unchanged result when the manifest has this fingerprint and the PDF it recorded is still there, byte for byte.</summary>
    private BriefResult? IsUpToDate(string id, string fingerprint)
    {
        if (!manifest.Briefs.TryGetValue(id, out var recorded) || recorded.Fingerprint != fingerprint)
            return null;
        // The entry was checked when the manifest was read; the PDF must still be a regular file inside the output folder.
        if (OutputPaths.Problem(file.OutputFolder, recorded.Output, out var path) is not null
            || ConfinedFile.Resolve(file.OutputFolder, path).File is not { } pdf || pdf.Length != recorded.Bytes || ContentHash.Of(pdf) != recorded.Sha256)
            return null;
        return new BriefResult(id, BriefStatus.Unchanged, recorded.Articles, recorded.Pages, path, null) { Fingerprint = fingerprint, Bytes = recorded.Bytes };
    }

    /// <summary>The brief's articles and fingerprint, or nulls and the reason its definition is refused.</summary>
    private (Selection? Selection, string? Fingerprint) Fingerprint(BriefEntry entry, ArticleCorpus corpus, ArticleAnalyzer analyzer,
        BriefFingerprint fingerprints, out string? error)
    {
        error = null;
        if (entry is RefusedBrief refused)
        {
            error = ErrorText.Of(refused.Error);
            return (null, null);
        }
        try
        {
            var definition = ((LoadedBrief)entry).Definition;
            var selection = ArticleSelector.SelectFor(definition, corpus, analyzer);
            return (selection, fingerprints.Of(definition, file.Defaults, selection));
        }
        catch (CompositionException problem)
        {
            error = ErrorText.Of(problem);
            return (null, null);
        }
    }
}
