using System.Collections.Immutable;
using Briefings.Analysis;
using Briefings.Common;
using Briefings.Composition;
using Briefings.Composition.Templates;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Typesetting;

namespace Briefings.Build;

/// <summary>
/// Builds the briefs of a file whose inputs changed since the last build: the <see cref="BuildPlanner"/>
/// decides what to do, the <see cref="BriefWriter"/> writes it, the <see cref="ManifestStore"/> records
/// what it left. When nothing at all changed (the input stamp matches and every PDF is intact) the
/// corpus is not even read.
/// </summary>
public sealed class BriefBuilder(Typesetter typesetter, CorpusOptions corpusOptions)
{
    /// <param name="progress">Told each brief's result as it is known.</param>
    /// <param name="steps">Told as each brief being written starts a step (<see cref="BriefWriter.WriteAll"/>).</param>
    public BuildReport Build(BriefsFile file, DateOnly? editionDate, BuildOptions? options = null, Action<BriefResult>? progress = null, Action<BriefStep>? steps = null)
    {
        options ??= BuildOptions.Default;
        AtomicFile.RemoveAbandoned(file.OutputFolder);
        var manifest = ManifestStore.Read(file.OutputFolder);
        var planner = new BuildPlanner(file, manifest);
        var stamp = InputStamp.Of(file, editionDate);
        if (!options.Force && manifest.Stamp == stamp && planner.Unchanged() is { } unchanged)
        {
            foreach (var result in unchanged)
                progress?.Invoke(result);
            return new BuildReport(unchanged, manifest.Warnings, manifest.Refused);
        }

        var corpus = new CorpusLoader(corpusOptions).Load(file.SeedFolder);
        TemplateSet templates;
        try
        {
            templates = TemplateSet.Load(file.TemplateFolder);
        }
        catch (TemplateException error)
        {
            var failed = file.Briefs.Select(entry => BriefResult.Failed(entry.Id, ErrorText.Of(error))).ToImmutableArray();
            return Finish(file, manifest with { Stamp = null }, failed, [], corpus.Warnings, progress);
        }

        var analyzer = new ArticleAnalyzer(corpus.Gazetteer);
        var plan = planner.Plan(corpus, analyzer, new BriefFingerprint(templates, SharedInputs.Of(file, editionDate)), options.Force);
        foreach (var known in plan.Known.OfType<BriefResult>())
            progress?.Invoke(known);
        var results = plan.Known.ToArray();
        new BriefWriter(typesetter, file, new BriefComposer(templates, analyzer), editionDate).WriteAll(plan.Work, results, options.Parallelism, progress, steps);
        return Finish(file, manifest with { Stamp = stamp }, [.. results.OfType<BriefResult>()], BriefWriter.RemoveStale(file, manifest, results), corpus.Warnings, progress);
    }

    /// <summary>Records what this build left (the manifest is written last, so a killed build leaves the old one) and reports it.</summary>
    private static BuildReport Finish(BriefsFile file, BuildManifest previous, ImmutableArray<BriefResult> results, ImmutableArray<BriefResult> removed,
        ImmutableArray<CorpusWarning> warnings, Action<BriefResult>? progress)
    {
        foreach (var result in removed)
            progress?.Invoke(result);
        var problems = ManifestStore.Record(file, previous, results, warnings);
        return new BuildReport([.. results, .. removed], warnings, problems.AddRange(previous.Refused));
    }
}
