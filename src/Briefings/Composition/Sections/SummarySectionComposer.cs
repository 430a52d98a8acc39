using System.Collections.Frozen;
using System.Collections.Immutable;
using Briefings.Analysis.Summary;
using Briefings.Definitions.Sections;

namespace Briefings.Composition.Sections;

/// <summary>
/// <c>summary</c>: the most central sentences across all selected articles (LexRank over TF-IDF),
/// each citing its article, or every article that reports the same statement.
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

    private static readonly FrozenSet<string> DanglingOpeners = FrozenSet.ToFrozenSet(
        ["He", "She", "It", "They", "This", "These", "That", "Those", "But", "And", "Or", "So", "Yet", "However", "Still", "His", "Her", "Their", "Its"],
        StringComparer.Ordinal);

    public Type DefinitionType => typeof(SummarySectionDefinition);

    public SectionModel Compose(SectionDefinition definition, SectionInput input)
    {
        var summary = (SummarySectionDefinition)definition;
        var perArticle = Math.Clamp(MaxCandidates / Math.Max(1, input.Selection.Articles.Length), MinSentencesPerArticle, MaxSentencesPerArticle);
        var candidates = input.Sources
            .SelectMany(source => source.Analysis.Sentences.Take(perArticle)
                .Where(sentence => Usable(sentence.Text))
                .Select(sentence => new SummaryCandidate(sentence.Text, source.Source, sentence.Position)))
            .ToList();
        var sentences = Summarizer.Summarize(candidates, summary.Sentences, summary.Focus);
        ImmutableArray<SummaryPoint> points = [.. sentences.Select(sentence => new SummaryPoint(sentence.Text, sentence.Sources, sentence.Sources.Length > 1))];
        return new SectionModel("summary", summary.Title ?? "Key points", new SummaryData(points));
    }

    /// <summary>A sentence that stands on its own: a statement of 8–60 words that does not lean on the one before.</summary>
    private static bool Usable(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 8 and <= 60 && !sentence.EndsWith('?') && !sentence.EndsWith(':') && !DanglingOpeners.Contains(words[0].TrimEnd(','));
    }
}

public sealed record SummaryData(ImmutableArray<SummaryPoint> Points);

/// <summary>A summary sentence and the sources that report it; <see cref="Merged"/> when more than one does.</summary>
public sealed record SummaryPoint(string Text, ImmutableArray<int> Sources, bool Merged);
