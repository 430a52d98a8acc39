using System.Collections.Immutable;
using Briefings.Analysis;
using Briefings.Cache;
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
/// corpus is not even read; otherwise the <see cref="ArticleCache"/> gives the readings and analyses
/// of the seed files that did not change.
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

        using var cache = ArticleCache.Open(file.OutputFolder, ProgramFingerprint.Current);
        var corpus = new CorpusLoader(corpusOptions).Load(file.SeedFolder, cache);
        TemplateSet templates;
        try
        {
            templates = TemplateSet.Load(file.TemplateFolder);
        }
        catch (TemplateException error)
        {
            var failed = file.Briefs.Select(entry => BriefResult.Failed(entry.Id, ErrorText.Of(error))).ToImmutableArray();
            return Finish(file, manifest with { Stamp = null }, failed, [], corpus, cache, progress);
        }

        var analyzer = new ArticleAnalyzer(corpus.Gazetteer, cache.AnalysesFor(corpus.Gazetteer));
        var plan = planner.Plan(corpus, analyzer, new BriefFingerprint(templates, SharedInputs.Of(file, editionDate)), options.Force);
        foreach (var known in plan.Known.OfType<BriefResult>())
            progress?.Invoke(known);
        var results = plan.Known.ToArray();
        new BriefWriter(typesetter, file, new BriefComposer(templates, analyzer), editionDate).WriteAll(plan.Work, results, options.Parallelism, progress, steps);
        return Finish(file, manifest with { Stamp = stamp }, [.. results.OfType<BriefResult>()], BriefWriter.RemoveStale(file, manifest, results), corpus, cache, progress);
    }

    /// <summary>
    /// Records what this build left, the article cache first and the manifest last (so a killed build
    /// leaves the old manifest), and reports it.
    /// </summary>
    private static BuildReport Finish(BriefsFile file, BuildManifest previous, ImmutableArray<BriefResult> results, ImmutableArray<BriefResult> removed,
        ArticleCorpus corpus, ArticleCache cache, Action<BriefResult>? progress)
    {
        foreach (var result in removed)
            progress?.Invoke(result);
        cache.Save(corpus.Articles);
        var problems = ManifestStore.Record(file, previous, results, corpus.Warnings);
        if (cache.Problem is { } problem)
            problems = problems.Add(new BuildWarning(ArticleCache.FileName, problem));
        return new BuildReport([.. results, .. removed], corpus.Warnings, problems.AddRange(previous.Refused));
    }
}
