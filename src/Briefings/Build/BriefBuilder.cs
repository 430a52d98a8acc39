using System.Collections.Immutable;
using Briefings.Analysis;
using Briefings.Composition;
using Briefings.Composition.Templates;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Typesetting;

namespace Briefings.Build;

/// <summary>
/// The build stage's façade: loads the corpus and templates once, then builds every brief of the
/// file into its PDF. Each brief succeeds or fails on its own; a failed brief writes nothing.
/// </summary>
public sealed class BriefBuilder(Typesetter typesetter, CorpusOptions corpusOptions)
{
    public BuildReport Build(BriefsFile file, DateOnly? editionDate)
    {
        var corpus = new CorpusLoader(corpusOptions).Load(file.SeedFolder);
        TemplateSet templates;
        try
        {
            templates = TemplateSet.Load(file.TemplateFolder);
        }
        catch (TemplateException error)
        {
            var failed = file.Briefs.Select(entry => Failed(entry.Id, ErrorText.Of(error)));
            return new BuildReport([.. failed], corpus.Warnings);
        }

        var composer = new BriefComposer(templates, new ArticleAnalyzer(corpus.Gazetteer));
        var results = file.Briefs.Select(entry => BuildOne(entry, file, corpus, composer, editionDate));
        return new BuildReport([.. results], corpus.Warnings);
    }

    private BriefResult BuildOne(BriefEntry entry, BriefsFile file, ArticleCorpus corpus, BriefComposer composer, DateOnly? editionDate)
    {
        if (entry.Error is not null)
            return Failed(entry.Id, ErrorText.Of(entry.Error));
        try
        {
            var brief = composer.Compose(entry.Definition!, file.Defaults, corpus, editionDate);
            var output = OutputPath(file.OutputFolder, brief.OutputPath);
            var document = typesetter.Typeset(brief.Markdown, CreationDate(brief.EditionDate), folder: file.TemplateFolder);
            AtomicFile.Write(output, typesetter.WritePdf(document));
            return new BriefResult(entry.Id, BriefStatus.Built, brief.Selection.Articles.Length, document.Pages.Length, output, null)
            {
                Warnings = document.Warnings,
            };
        }
        catch (Exception error) when (error is CompositionException or TemplateException or DefinitionException or TypesettingException or IOException or UnauthorizedAccessException)
        {
            return Failed(entry.Id, ErrorText.Of(error));
        }
    }

    /// <summary>The PDF's creation date is the edition date, never the clock, so rebuilds give the same bytes.</summary>
    private static DateTimeOffset? CreationDate(DateOnly? date) =>
        date is { } known ? new DateTimeOffset(known.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    private static string OutputPath(string folder, string relative)
    {
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, relative));
        if (!path.StartsWith(root, StringComparison.Ordinal))
            throw new DefinitionException(null, $"the output path '{relative}' leaves the output folder.");
        return path;
    }

    private static BriefResult Failed(string id, string error) => new(id, BriefStatus.Failed, 0, 0, null, error);
}
