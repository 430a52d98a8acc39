using System.Collections.Immutable;
using System.Diagnostics;
using Briefings.Common;
using Briefings.Composition;
using Briefings.Composition.Templates;
using Briefings.Definitions;
using Briefings.Foundation.Files;
using Briefings.Typesetting;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Build;

/// <summary>
/// Writes what a build plan says: each brief composed, typeset and its PDF written atomically, in
/// parallel, each succeeding or failing on its own (a failed brief writes nothing); then the PDFs
/// no brief writes any more removed.
/// </summary>
public sealed class BriefWriter(Typesetter typesetter, BriefsFile file, BriefComposer composer, DateOnly? editionDate)
{
    /// <summary>Writes each brief of <paramref name="work"/>, its result put at its index in <paramref name="results"/>.</summary>
    /// <param name="steps">Told as each brief starts each of its steps, before <paramref name="progress"/> is told its result.</param>
    public void WriteAll(IEnumerable<BriefWork> work, BriefResult?[] results, int parallelism, Action<BriefResult>? progress, Action<BriefStep>? steps = null)
    {
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, item =>
        {
            var result = Write(item, steps) with { Fingerprint = item.Fingerprint };
            results[item.Index] = result;
            progress?.Invoke(result);
        });
    }

    private BriefResult Write(BriefWork work, Action<BriefStep>? steps)
    {
        var clock = Stopwatch.StartNew();
        var entry = work.Brief;
        var articles = work.Selection.Articles.Length;
        try
        {
            steps?.Invoke(new BriefStep(entry.Id, BriefStage.Composing, articles));
            var brief = composer.Compose(entry.Definition, file.Defaults, work.Selection, editionDate);
            var output = OutputPaths.Resolve(file.OutputFolder, brief.OutputPath);
            steps?.Invoke(new BriefStep(entry.Id, BriefStage.LayingOut, articles));
            var document = typesetter.Typeset(brief.Markdown, CreationDate(brief.EditionDate), folder: file.TemplateFolder);
            steps?.Invoke(new BriefStep(entry.Id, BriefStage.Writing, articles, document.Pages.Length));
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
        catch (Exception error) when (error is CompositionException or TemplateException or OutputPathException or TypesettingException)
        {
            return BriefResult.Failed(entry.Id, ErrorText.Of(error)) with { Milliseconds = clock.ElapsedMilliseconds };
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            var output = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(file.OutputFolder, BriefValidator.OutputPath(entry.Definition)));
            return BriefResult.Failed(entry.Id, $"{output}: the PDF could not be written ({error.Message.TrimEnd('.')}); the previous one, if any, is untouched.") with { Milliseconds = clock.ElapsedMilliseconds };
        }
    }

    /// <summary>
    /// PDFs the last build made that no brief writes any more: those of briefs briefs.yaml no longer
    /// has (reported <c>removed</c>), and the old file of a brief whose <c>output</c> changed. Only a
    /// regular file inside the output folder is deleted, never one another brief wrote this time.
    /// </summary>
    public static ImmutableArray<BriefResult> RemoveStale(BriefsFile file, BuildManifest manifest, IEnumerable<BriefResult?> results)
    {
        // By id, the built result first: a refused duplicate of an id has a result of its own.
        var current = results.OfType<BriefResult>().GroupBy(result => result.Id, StringComparer.Ordinal)
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
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or OutputPathException)
            {
                removed.Add(BriefResult.Failed(id, $"its old PDF could not be removed: {error.Message}"));
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

    /// <summary>The PDF's creation date is the edition date, never the clock, so rebuilds give the same bytes.</summary>
    private static DateTimeOffset? CreationDate(DateOnly? date) =>
        date is { } known ? new DateTimeOffset(known.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
}
