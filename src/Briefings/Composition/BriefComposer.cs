using System.Collections.Immutable;
using System.Globalization;
using Briefings.Analysis;
using Briefings.Common;
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
    /// <param name="editionDate">The build's date (<c>SOURCE_DATE_EPOCH</c>), or null: it stamps the PDF; the brief prints the newest date of what it cites.</param>
    public ComposedBrief Compose(BriefDefinition brief, DefaultsDefinition defaults, Selection selection, DateOnly? editionDate)
    {
        var sections = Sections(brief, selection);
        foreach (var section in sections)
            templates.EnsureUsable(section.Template);

        var coversTo = ReportingDate.Newest(selection.Articles, selection.Articles.Select(analyzer.Analyze), editionDate);
        var printed = coversTo is { } newest ? FormatDate(newest) : editionDate is { } build ? FormatDate(build) : null;
        var undated = selection.Articles.Count(article => article.Date is null);
        var model = new BriefModel(
            brief.Id,
            brief.Title,
            brief.Subtitle,
            brief.Label ?? defaults.Label,
            brief.Marking ?? defaults.Marking,
            brief.PreparedBy ?? defaults.PreparedBy,
            printed,
            selection.Articles.Length,
            sections,
            Sources(selection))
        {
            CoversTo = coversTo is { } covered ? FormatDate(covered) : null,
            UndatedSources = undated,
            CoverNote = CoverNote(coversTo, undated, selection.Articles.Length),
        };
        var markdown = templates.Render(model);
        var keyPoints = sections.Select(section => section.Data).OfType<SummaryData>().FirstOrDefault()?.Points.Select(point => point.Text) ?? [];
        var facts = new BriefFacts(model.Title, model.Subtitle, model.Label, model.Marking, model.Date, [.. keyPoints]);
        return new ComposedBrief(brief.Id, markdown, selection, BriefValidator.OutputPath(brief), editionDate ?? coversTo?.Last, facts);
    }

    /// <summary>The brief's sections with their choices, without rendering (for <c>explain --sections</c>).</summary>
    public ImmutableArray<SectionModel> Sections(BriefDefinition brief, Selection selection)
    {
        var input = new SectionInput(selection, [.. selection.Articles.Select(analyzer.Analyze)], analyzer.Gazetteer,
            BriefTopic.Of(brief, analyzer.Gazetteer), brief.Length ?? BriefLength.Default);
        return [.. brief.Sections.Select(section => SectionComposers.Compose(section, input))];
    }

    /// <summary>How dates are written in briefs (and read back by the e-mail for its Date header).</summary>
    public const string DateFormat = "d MMMM yyyy";

    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>A date as precise as it is known: "4 August 2024", "July 2022", "2021".</summary>
    public static string FormatDate(PartialDate date) =>
        date.Day is not null ? FormatDate(date.First)
        : date.Month is not null ? date.First.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
        : date.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Covers reporting to 4 August 2024; 9 of 11 sources undated", so a reader knows how current the brief is.</summary>
    public static string CoverNote(PartialDate? coversTo, int undated, int sources)
    {
        var count = sources == 1 ? "1 source" : $"{sources} sources";
        var dating = undated == 0 ? count : undated == sources ? $"{count}, all undated" : $"{undated} of {count} undated";
        return coversTo is { } date ? $"Covers reporting to {FormatDate(date)}; {dating}" : dating;
    }

    private static ImmutableArray<SourceModel> Sources(Selection selection) =>
    [
        .. selection.Articles.Select((article, index) => new SourceModel(
            index + 1,
            $"source-{index + 1}",
            article.Title,
            AuthorList(article.Authors),
            article.Publisher,
            article.Date is { } date ? FormatDate(date) : null,
            article.Seed,
            article.SeedLine)
        {
            Url = article.Url,
            // Printed raw inside a code span, where Markdown escapes would show: a backtick is all it must not hold.
            Provenance = $"{article.Seed}:{article.SeedLine}".Replace('`', '\''),
        }),
    ];

    /// <summary>"A", "A and B", "A, B and C": every author of a co-written piece.</summary>
    private static string? AuthorList(ImmutableArray<string> authors) => authors.Length switch
    {
        0 => null,
        1 => authors[0],
        _ => string.Join(", ", authors[..^1]) + " and " + authors[^1],
    };
}
