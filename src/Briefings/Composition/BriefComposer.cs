using System.Collections.Immutable;
using System.Globalization;
using Briefings.Analysis;
using Briefings.Composition.Sections;
using Briefings.Composition.Templates;
using Briefings.Corpus;
using Briefings.Definitions;

namespace Briefings.Composition;

/// <summary>
/// The composition stage's façade: selects a brief's articles, builds its view model and renders it
/// to Markdown with the templates. Pure apart from the templates it was given.
/// </summary>
public sealed class BriefComposer(TemplateSet templates, ArticleAnalyzer analyzer)
{
    public ComposedBrief Compose(BriefDefinition brief, DefaultsDefinition defaults, ArticleCorpus corpus, DateOnly? editionDate) =>
        Compose(brief, defaults, ArticleSelector.SelectFor(brief, corpus, analyzer), editionDate);

    /// <summary>Composes a brief whose articles were already selected (the build selects them once, for its fingerprint).</summary>
    public ComposedBrief Compose(BriefDefinition brief, DefaultsDefinition defaults, Selection selection, DateOnly? editionDate)
    {
        var input = new SectionInput(selection, [.. selection.Articles.Select(analyzer.Analyze)], analyzer.Gazetteer);
        ImmutableArray<SectionModel> sections = [.. brief.Sections.Select(section => SectionComposers.Compose(section, input))];
        foreach (var section in sections)
            templates.EnsureUsable(section.Template);

        var date = editionDate ?? selection.Articles.Max(article => article.Date);
        var model = new BriefModel(
            brief.Id,
            brief.Title,
            brief.Subtitle,
            brief.Label ?? defaults.Label,
            brief.Marking ?? defaults.Marking,
            brief.PreparedBy ?? defaults.PreparedBy,
            date is { } known ? FormatDate(known) : null,
            selection.Articles.Length,
            sections,
            Sources(selection));
        var markdown = templates.Render(model);
        var keyPoints = sections.Select(section => section.Data).OfType<SummaryData>().FirstOrDefault()?.Points.Select(point => point.Text) ?? [];
        var facts = new BriefFacts(model.Title, model.Subtitle, model.Label, model.Marking, model.Date, [.. keyPoints]);
        return new ComposedBrief(brief.Id, markdown, selection, BriefValidator.OutputPath(brief), date, facts);
    }

    /// <summary>How dates are written in briefs (and read back by the e-mail for its Date header).</summary>
    public const string DateFormat = "d MMMM yyyy";

    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static ImmutableArray<SourceModel> Sources(Selection selection) =>
    [
        .. selection.Articles.Select((article, index) => new SourceModel(
            index + 1,
            $"source-{index + 1}",
            article.Title,
            article.Authors.IsEmpty ? null : string.Join(", ", article.Authors),
            article.Publisher,
            article.Date is { } date ? FormatDate(date) : null,
            article.Seed,
            article.SeedLine)),
    ];
}
