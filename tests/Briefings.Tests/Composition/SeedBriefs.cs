using Briefings.Analysis;
using Briefings.Composition;
using Briefings.Composition.Templates;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Testing;

namespace Briefings.Tests.Composition;

/// <summary>The briefs of the repository's briefs.yaml composed from its seeds, for tests of what sections choose to say.</summary>
internal static class SeedBriefs
{
    public static readonly BriefsFile File = new BriefsFileLoader().Load(RepositoryRoot.File("briefs.yaml"));
    public static readonly ArticleCorpus Corpus = new CorpusLoader(CorpusOptions.Default).Load(RepositoryRoot.File("seeds"));
    public static readonly ArticleAnalyzer Analyzer = new(Corpus.Gazetteer);
    public static readonly BriefComposer Composer = new(TemplateSet.Load(RepositoryRoot.File("templates")), Analyzer);

    public static IEnumerable<string> Ids => File.Briefs.Select(entry => entry.Id);

    public static BriefDefinition Definition(string id) => ((LoadedBrief)File.Briefs.Single(entry => entry.Id == id)).Definition;

    public static ComposedBrief Compose(string id) => Composer.Compose(Definition(id), File.Defaults, Corpus, editionDate: null);

    public static ComposedBrief Compose(BriefDefinition brief) => Composer.Compose(brief, File.Defaults, Corpus, editionDate: null);

    public static T Data<T>(BriefDefinition brief) =>
        Composer.Sections(brief, ArticleSelector.SelectFor(brief, Corpus, Analyzer)).Select(section => section.Data).OfType<T>().Single();

    public static T Data<T>(string id) => Data<T>(Definition(id));

    /// <summary>A brief of briefs.yaml with one section replaced by another of the same kind.</summary>
    public static BriefDefinition WithSection<TSection>(string id, TSection section) where TSection : Briefings.Definitions.Sections.SectionDefinition
    {
        var brief = Definition(id);
        return brief with { Sections = [.. brief.Sections.Select(existing => existing is TSection ? section : existing)] };
    }
}
