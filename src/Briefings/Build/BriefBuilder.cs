using System.Collections.Immutable;
using System.Diagnostics;
using Briefings.Analysis;
using Briefings.Composition;
using Briefings.Composition.Templates;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Foundation.Files;
using Briefings.Typesetting;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Build;

/// <summary>
/// The build stage's façade: builds the briefs of a file whose inputs changed since the last build,
/// in parallel, each PDF written atomically, and records what it left in the manifest. Each brief
/// succeeds or fails on its own; a failed brief writes nothing. When nothing at all changed (the
/// input stamp matches and every PDF is intact) the corpus is not even read.
/// </summary>
public sealed class BriefBuilder(Typesetter typesetter, CorpusOptions corpusOptions)
{
    public BuildReport Build(BriefsFile file, DateOnly? editionDate, BuildOptions? options = null, Action<BriefResult>? progress = null)
    {
        options ??= BuildOptions.Default;
        AtomicFile.RemoveAbandoned(file.OutputFolder);
        var manifest = ManifestFile.Read(file.OutputFolder);
        var stamp = InputStamp.Of(file, editionDate);
        if (!options.Force && manifest.Stamp == stamp && Unchanged(file, manifest) is { } unchanged)
        {
            foreach (var result in unchanged)
                progress?.Invoke(result);
            return new BuildReport(unchanged, manifest.Warnings.AddRange(manifest.Refused));
        }

        var corpus = new CorpusLoader(corpusOptions).Load(file.SeedFolder);
        TemplateSet templates;
        try
        {
            templates = TemplateSet.Load(file.TemplateFolder);
        }
        catch (TemplateException error)
        {
            var failed = file.Briefs.Select(entry => Failed(entry.Id, ErrorText.Of(error))).ToImmutableArray();
            return Finish(file, manifest with { Stamp = null }, failed, [], corpus.Warnings, progress);
        }

        var analyzer = new ArticleAnalyzer(corpus.Gazetteer);
        var composer = new BriefComposer(templates, analyzer);
        var fingerprints = new BriefFingerprint(templates, SharedInputs.Of(file, editionDate));
        var results = new BriefResult[file.Briefs.Length];
        var work = new List<(int Index, BriefEntry Entry, Selection Selection, string Fingerprint)>();
        for (var i = 0; i < file.Briefs.Length; i++)
        {
            var entry = file.Briefs[i];
            var (selection, fingerprint) = Fingerprint(entry, file, corpus, analyzer, fingerprints, out var error);
            var upToDate = fingerprint is null || options.Force ? null : IsUpToDate(file, manifest, entry.Id, fingerprint);
            if (fingerprint is not null && upToDate is null)
            {
                work.Add((i, entry, selection!, fingerprint));
                continue;
            }
            // Assigned before the call: `progress?.Invoke(x = …)` would skip the assignment when progress is null.
            results[i] = upToDate ?? Failed(entry.Id, error!) with { DefinitionRefused = true };
            progress?.Invoke(results[i]);
        }

        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, item =>
        {
            var result = BuildOne(item.Entry, item.Selection, file, composer, editionDate) with { Fingerprint = item.Fingerprint };
            results[item.Index] = result;
            progress?.Invoke(result);
        });
        return Finish(file, manifest with { Stamp = stamp }, [.. results], Removed(file, manifest, results), corpus.Warnings, progress);
    }

    /// <summary>
    /// The results of a build that has nothing to do, or null when some brief has no good record (it
    /// failed last time, is new, or its PDF is missing or altered): then every brief is looked at.
    /// </summary>
    private static ImmutableArray<BriefResult>? Unchanged(BriefsFile file, BuildManifest manifest)
    {
        var results = ImmutableArray.CreateBuilder<BriefResult>();
        foreach (var entry in file.Briefs)
        {
            if (!manifest.Briefs.TryGetValue(entry.Id, out var recorded))
                return null;
            if (IsUpToDate(file, manifest, entry.Id, recorded.Fingerprint) is not { } upToDate)
                return null;
            results.Add(upToDate);
        }
        return results.ToImmutable();
    }

    /// <summary>An unchanged result when the manifest has this fingerprint and the PDF it recorded is still there, byte for byte.</summary>
    private static BriefResult? IsUpToDate(BriefsFile file, BuildManifest manifest, string id, string fingerprint)
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
    private static (Selection? Selection, string? Fingerprint) Fingerprint(BriefEntry entry, BriefsFile file, ArticleCorpus corpus, ArticleAnalyzer analyzer,
        BriefFingerprint fingerprints, out string? error)
    {
        error = null;
        if (entry.Error is not null)
        {
            error = ErrorText.Of(entry.Error);
            return (null, null);
        }
        try
        {
            var selection = ArticleSelector.SelectFor(entry.Definition!, corpus, analyzer);
            return (selection, fingerprints.Of(entry.Definition!, file.Defaults, selection));
        }
        catch (CompositionException problem)
        {
            error = ErrorText.Of(problem);
            return (null, null);
        }
    }

    private BriefResult BuildOne(BriefEntry entry, Selection selection, BriefsFile file, BriefComposer composer, DateOnly? editionDate)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var brief = composer.Compose(entry.Definition!, file.Defaults, selection, editionDate);
            var output = OutputPaths.Resolve(file.OutputFolder, brief.OutputPath);
            var document = typesetter.Typeset(brief.Markdown, CreationDate(brief.EditionDate), folder: file.TemplateFolder);
            var pdf = typesetter.WritePdf(document);
            AtomicFile.Write(output, pdf);
            return new BriefResult(entry.Id, BriefStatus.Built, brief.Selection.Articles.Length, document.Pages.Length, output, null)
            {
                Warnings = document.Warnings,
                Bytes = pdf.Length,
                Sha256 = ContentHash.Of(pdf),
                Facts = brief.Facts,
                Milliseconds = clock.ElapsedMilliseconds,
            };
        }
        catch (Exception error) when (error is CompositionException or TemplateException or DefinitionException or TypesettingException)
        {
            return Failed(entry.Id, ErrorText.Of(error)) with { Milliseconds = clock.ElapsedMilliseconds };
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            var output = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(file.OutputFolder, BriefValidator.OutputPath(entry.Definition!)));
            return Failed(entry.Id, $"{output}: the PDF could not be written ({error.Message.TrimEnd('.')}); the previous one, if any, is untouched.") with { Milliseconds = clock.ElapsedMilliseconds };
        }
    }

    /// <summary>
    /// PDFs the last build made that no brief writes any more: those of briefs briefs.yaml no longer
    /// has (reported <c>removed</c>), and the old file of a brief whose <c>output</c> changed. Only a
    /// regular file inside the output folder is deleted, never one another brief wrote this time.
    /// </summary>
    private static ImmutableArray<BriefResult> Removed(BriefsFile file, BuildManifest manifest, IEnumerable<BriefResult> results)
    {
        // By id, the built result first: a refused duplicate of an id has a result of its own.
        var current = results.Where(result => result is not null).GroupBy(result => result.Id, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.FirstOrDefault(result => result.Status == BriefStatus.Built) ?? group.First(), StringComparer.Ordinal);
        var briefs = file.Briefs.Select(entry => entry.Id).ToHashSet(StringComparer.Ordinal);
        var written = current.Values.Select(result => result.OutputPath).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var removed = ImmutableArray.CreateBuilder<BriefResult>();
        foreach (var (id, recorded) in manifest.Briefs)
        {
            var moved = current.TryGetValue(id, out var now) && now.Status == BriefStatus.Built && now.OutputPath is not null;
            if (briefs.Contains(id) && !moved)
                continue;
            string? path = null;
            try
            {
                path = OutputPaths.Resolve(file.OutputFolder, recorded.Output);
                if (!written.Contains(path))
                    Delete(file.OutputFolder, path);
                if (!briefs.Contains(id))
                    removed.Add(new BriefResult(id, BriefStatus.Removed, 0, 0, path, null));
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or DefinitionException)
            {
                removed.Add(Failed(id, $"its old PDF could not be removed: {error.Message}"));
            }
        }
        return removed.ToImmutable();
    }

    /// <summary>Deletes a PDF if it is a regular file (or a link to one) inside the output folder; anything else there is left alone.</summary>
    private static void Delete(string outputFolder, string path)
    {
        if (!Path.Exists(path) && new FileInfo(path).LinkTarget is null)
            return;
        var (_, problem) = ConfinedFile.Resolve(outputFolder, path);
        if (problem is not null)
            throw new IOException($"{OutputPaths.Shown(outputFolder, Path.GetRelativePath(outputFolder, path))}: {problem}, so it is not deleted");
        File.Delete(path);
    }

    /// <summary>Records what this build left (the manifest is written last, so a killed build leaves the old one) and reports it.</summary>
    private static BuildReport Finish(BriefsFile file, BuildManifest previous, ImmutableArray<BriefResult> results, ImmutableArray<BriefResult> removed,
        ImmutableArray<CorpusWarning> warnings, Action<BriefResult>? progress)
    {
        foreach (var result in removed)
            progress?.Invoke(result);
        var entries = results.Where(result => result.Status != BriefStatus.Failed).Select(result => KeyValuePair.Create(result.Id, Entry(file, result, previous)));
        var manifest = previous with
        {
            Briefs = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, entries),
            Warnings = warnings,
        };
        try
        {
            ManifestFile.Write(file.OutputFolder, manifest);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Without a manifest the next build simply rebuilds everything; the PDFs written are complete.
            warnings = warnings.Add(new CorpusWarning(ManifestFile.FileName, null, $"the build manifest could not be written ({error.Message}); the next build will rebuild every brief."));
        }
        return new BuildReport([.. results, .. removed], warnings.AddRange(previous.Refused));
    }

    private static ManifestEntry Entry(BriefsFile file, BriefResult result, BuildManifest previous) =>
        result.Status == BriefStatus.Unchanged
            ? previous.Briefs[result.Id]
            : new ManifestEntry(result.Fingerprint!, Path.GetRelativePath(file.OutputFolder, result.OutputPath!).Replace('\\', '/'), result.Sha256!, result.Bytes, result.Pages, result.Articles, result.Facts);

    /// <summary>The PDF's creation date is the edition date, never the clock, so rebuilds give the same bytes.</summary>
    private static DateTimeOffset? CreationDate(DateOnly? date) =>
        date is { } known ? new DateTimeOffset(known.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    private static BriefResult Failed(string id, string error) => new(id, BriefStatus.Failed, 0, 0, null, error);
}
