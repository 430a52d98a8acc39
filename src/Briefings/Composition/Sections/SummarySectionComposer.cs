using System.Collections.Frozen;
using System.Collections.Immutable;
using Briefings.Analysis;
using Briefings.Analysis.Summary;
using Briefings.Composition.Text;
using Briefings.Corpus.Entities;
using Briefings.Definitions.Sections;

namespace Briefings.Composition.Sections;

/// <summary>
/// <c>summary</c>: key points across all selected articles, each adding a fact the others do not
/// (<see cref="KeyPointPicker"/>), each citing its article or every article reporting the same statement.
/// A sentence is a candidate only if it bears on the brief's topic (when the brief names one) and reads
/// alone: no pointer to the sentence before, balanced
/// quotation marks, and time words ("last month", "on Tuesday") anchored to the article's date; a
/// sentence whose time words cannot be anchored (the article is undated) is not used.
/// </summary>
public sealed class SummarySectionComposer : ISectionComposer
{
    /// <summary>
    /// Only the opening of each article is ranked (news puts what matters first), and at most about
    /// this many sentences in all: LexRank compares every pair, so this bounds the work of a brief
    /// on a hundred articles. Each article still offers at least <see cref="MinSentencesPerArticle"/>.
    /// </summary>
    public const int MaxCandidates = 1200;

    public const int MaxSentencesPerArticle = 40;

    public const int MinSentencesPerArticle = 5;

    public Type DefinitionType => typeof(SummarySectionDefinition);

    public SectionModel Compose(SectionDefinition definition, SectionInput input)
    {
        var summary = (SummarySectionDefinition)definition;
        var perArticle = Math.Clamp(MaxCandidates / Math.Max(1, input.Selection.Articles.Length), MinSentencesPerArticle, MaxSentencesPerArticle);
        var candidates = input.Sources
            .SelectMany(source => source.Analysis.Sentences.Take(perArticle)
                .Select(sentence => Candidate(sentence, source.Article, source.Source, source.Analysis, input))
                .OfType<KeyPointCandidate>())
            .ToList();
        var points = KeyPointPicker.Pick(candidates, summary.Sentences ?? input.Length.KeyPoints, Bias(candidates, summary.Focus, input.Topic));
        ImmutableArray<SummaryPoint> printed = [.. points.Select(point => new SummaryPoint(point.Candidate.Text, point.Sources, point.Sources.Length > 1))];
        var choices = points.Select(point => new Choice(point.Candidate.Text, point.Candidate.Source, point.Candidate.ArticleId, point.Candidate.Paragraph, point.Why));
        return new SectionModel("summary", summary.Title ?? "Key points", new SummaryData(printed)) { Choices = [.. choices] };
    }

    private static KeyPointCandidate? Candidate(AnalysedSentence sentence, Corpus.Article article, int source, ArticleAnalysis analysis, SectionInput input)
    {
        var text = StandAlone.WithoutFootnoteMarks(sentence.Text).Trim();
        if (!Usable(text) || RelativeTime.Anchor(text, article.Date) is not { } anchored)
            return null;
        // A brief that names its topic makes no point about something else ("the meeting with Hamas" in a brief on al-Qaeda).
        if (!input.Topic.IsOpen && input.Topic.Relevance(anchored) == 0)
            return null;
        var styled = input.Names.Style(anchored, introduce: true);
        var year = analysis.Events.FirstOrDefault(item => item.Sentence == sentence.Text && item.Paragraph == sentence.Paragraph)?.Date.Year
            ?? article.Date?.Year
            // An undated article was written no earlier than the newest year it states.
            ?? analysis.Events.Where(item => !item.Approximate).Select(item => (int?)item.Date.Year).Max();
        var people = input.Gazetteer.Find(styled).Where(match => match.Entity.Kind == EntityKinds.Person).Select(match => match.Entity.Name).ToFrozenSet(StringComparer.Ordinal);
        return new KeyPointCandidate(styled, source, article.Id, sentence.Paragraph, sentence.Position, year, people);
    }

    /// <summary>Teleport weights for LexRank: the focus terms a sentence names, the brief's topic, and a little for an article's lead.</summary>
    private static double[] Bias(List<KeyPointCandidate> candidates, IReadOnlyList<string> focus, BriefTopic topic)
    {
        var focusTerms = new SentenceVectors([.. candidates.Select(candidate => candidate.Text), .. focus]);
        var focusIds = focus.SelectMany(Terms.Of).Select(focusTerms.IdOf).Where(id => id >= 0).ToHashSet();
        return [.. candidates.Select((candidate, i) =>
            1.0 + 3.0 * focusTerms.Vectors[i].Terms.Count(focusIds.Contains) + 0.5 * topic.Relevance(candidate.Text) + (candidate.Position == 0 ? 0.5 : 0))];
    }

    /// <summary>A sentence that stands on its own: a statement of 8–60 words, not a question or a lead-in, that does not lean on the one before.</summary>
    private static bool Usable(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 8 and <= 60 && !sentence.EndsWith('?') && !sentence.EndsWith(':') && StandAlone.Reads(sentence) && NonEvent.Problem(sentence) is null
            && sentence.TrimEnd('”', '"', '’', ')').EndsWith('.');
    }
}

public sealed record SummaryData(ImmutableArray<SummaryPoint> Points) : Templates.ITemplateModel;

/// <summary>A summary sentence and the sources that report it; <see cref="Merged"/> when more than one does.</summary>
public sealed record SummaryPoint(string Text, ImmutableArray<int> Sources, bool Merged) : Templates.ITemplateModel;
