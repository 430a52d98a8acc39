using System.Collections.Immutable;
using Briefings.Analysis.Summary;
using Briefings.Composition.Names;
using Briefings.Composition.Text;
using Briefings.Definitions.Sections;

namespace Briefings.Composition.Sections;

/// <summary>
/// <c>quotes</c>: attributed quotations of <c>min_words</c> to <c>max_words</c> words, from the chosen speakers
/// (any alias), ranked by how close they are to what the selected articles are about (TF-IDF cosine
/// to the selection's centroid); at most two per speaker so that one voice does not fill the section.
/// A fragment of a sentence (it starts in lower case) is shown only with <c>fragments: true</c>. Each
/// speaker prints with the fullest name and the role the articles give anywhere.
/// </summary>
public sealed class QuotesSectionComposer : ISectionComposer
{
    public const int MaxPerSpeaker = 2;

    public Type DefinitionType => typeof(QuotesSectionDefinition);

    public SectionModel Compose(SectionDefinition definition, SectionInput input)
    {
        var options = (QuotesSectionDefinition)definition;
        var speakers = options.Speakers.Select(name => input.Gazetteer.Resolve(name)?.Name ?? name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var quotes = input.Sources
            .SelectMany(source => source.Analysis.Quotes.Select(quote => (Quote: quote, source.Source, source.Article)))
            .Where(item => item.Quote.Words >= options.MinWords && item.Quote.Words <= options.MaxWords && (speakers.Count == 0 || speakers.Contains(item.Quote.Speaker)))
            .Where(item => (options.Fragments || !IsFragment(item.Quote.Text)) && StandAlone.QuotesBalanced(item.Quote.Text))
            .ToList();

        var articles = input.Sources.Select(source => string.Join(" ", source.Analysis.Sentences.Select(sentence => sentence.Text))).ToList();
        var vectors = new SentenceVectors([.. articles, .. quotes.Select(item => item.Quote.Text)]).Vectors;
        var centroid = Centroid(vectors.Take(articles.Count));
        var ranked = quotes
            .Select((item, index) => (item.Quote, item.Source, item.Article, Score: vectors[articles.Count + index].Cosine(centroid)))
            .OrderByDescending(item => item.Score).ThenBy(item => item.Source).ThenBy(item => item.Quote.Paragraph)
            .GroupBy(item => item.Quote.Speaker).SelectMany(group => group.Take(MaxPerSpeaker))
            .OrderByDescending(item => item.Score).ThenBy(item => item.Source).ThenBy(item => item.Quote.Paragraph)
            .Take(options.Max ?? input.Length.Quotes)
            .ToList();
        var directory = new SpeakerDirectory(input);
        var items = ranked.Select(item =>
        {
            var (name, role) = directory.Describe(item.Quote, item.Article);
            return new QuoteItem(AsPrinted(input.Names.Style(StandAlone.WithoutFootnoteMarks(item.Quote.Text))), name, role, item.Source);
        }).ToList();
        var choices = ranked.Select((item, place) => new Choice($"“{items[place].Text}” — {items[place].Speaker}", item.Source, item.Article.Id, item.Quote.Paragraph,
            $"closeness to the selection {item.Score:0.00}, place {place + 1} of {quotes.Count} quotations of {options.MinWords}–{options.MaxWords} words{(options.Fragments ? "" : " that are whole statements")}"));
        return new SectionModel("quotes", options.Title ?? "Key quotes", new QuotesData([.. items])) { Choices = [.. choices] };
    }

    /// <summary>A quotation that begins mid-sentence ("efforts and sacrifices of the …"): it needs the reporter's words around it.</summary>
    public static bool IsFragment(string text)
    {
        var start = text.TrimStart('…', '.', ' ', '“', '"', '‘', '\'');
        return start.Length > 0 && char.IsLower(start[0]);
    }

    /// <summary>A quotation standing alone: the comma that led into its attribution dropped, a partial quotation opened with an ellipsis.</summary>
    private static string AsPrinted(string text)
    {
        var printed = text.TrimEnd(',', ' ');
        return char.IsLower(printed[0]) ? "…" + printed : printed;
    }

    private static TermVector Centroid(IEnumerable<TermVector> vectors)
    {
        var sum = new SortedDictionary<int, double>();
        foreach (var vector in vectors.Where(vector => vector.Norm > 0))
            for (var i = 0; i < vector.Terms.Length; i++)
                sum[vector.Terms[i]] = sum.GetValueOrDefault(vector.Terms[i]) + vector.Weights[i] / vector.Norm;
        return new TermVector([.. sum.Keys], [.. sum.Values]);
    }
}

public sealed record QuotesData(ImmutableArray<QuoteItem> Quotes) : Templates.ITemplateModel;

/// <summary>A quotation as the brief prints it, with its speaker, role and source number.</summary>
public sealed record QuoteItem(string Text, string Speaker, string? Role, int Source) : Templates.ITemplateModel;
