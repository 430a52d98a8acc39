using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Briefings.Analysis.Summary;
using Briefings.Analysis.Timeline;
using Briefings.Common;
using Briefings.Composition.Text;
using Briefings.Definitions.Sections;

namespace Briefings.Composition.Sections;

/// <summary>
/// <c>timeline</c>: the events of the selection between <c>from</c> and <c>to</c> that bear on the brief,
/// in date order. Only sentences stating that something happened make rows (no headings, no "little
/// was known until…"); an event several articles report is one row citing them all. When there are
/// more than <c>max</c>, the newest are always kept, each year the events cover keeps its most relevant
/// one, the rest go by relevance, and a note says how many rows of which period are not shown.
/// </summary>
public sealed class TimelineSectionComposer : ISectionComposer
{
    /// <summary>Longer event sentences are cut at a clause or word boundary with an ellipsis.</summary>
    public const int MaxEventLength = 300;

    /// <summary>Shortest event sentence, in words: shorter dated lines are headings and captions.</summary>
    public const int MinEventWords = 6;

    /// <summary>Cosine similarity (TF-IDF) from which two dated sentences of different articles report one event.</summary>
    public const double SameEventSimilarity = 0.3;

    public Type DefinitionType => typeof(TimelineSectionDefinition);

    public SectionModel Compose(SectionDefinition definition, SectionInput input)
    {
        var options = (TimelineSectionDefinition)definition;
        var from = options.FromDate?.First ?? DateOnly.MinValue;
        var to = options.ToDate?.Last ?? DateOnly.MaxValue;
        var candidates = Merge(input.Sources
            .SelectMany(source => source.Analysis.Events
                .Where(item => item.Date.Last >= from && item.Date.First <= to && EventDates.Trustworthy(item, source.Article, source.Analysis))
                .Select(item => Candidate(item, source.Article, source.Source, input))
                .OfType<TimelineCandidate>())
            .ToList());
        var max = options.Max ?? input.Length.TimelineRows;
        var (kept, left, rule) = Choose(candidates, max);
        var rows = kept.Select(item => new TimelineRow(
            // Non-breaking spaces: a date is never wrapped in the table.
            ((item.Approximate ? "c. " : "") + item.Date.Display()).Replace(' ', '\u00A0'),
            item.Date.ToString(),
            item.Text,
            item.Sources[0],
            [.. item.Sources.Order()]));
        var choices = kept.Select(item => new Choice(
            $"{item.Date} {item.Text}", item.Sources[0], item.ArticleId, item.Paragraph, Why(item, rule[item], kept.Count, candidates.Count, input.Topic.IsOpen)));
        return new SectionModel("timeline", options.Title ?? "Timeline", new TimelineData([.. rows], Omitted(left, kept))) { Choices = [.. choices] };
    }

    private static TimelineCandidate? Candidate(TimelineEvent item, Corpus.Article article, int source, SectionInput input)
    {
        var text = StandAlone.WithoutFootnoteMarks(item.Sentence).Trim();
        if (!StatesAnEvent(text))
            return null;
        var anchored = RelativeTime.Anchor(text, article.Date);
        // Time words anchored to the article's date give an exact day, not an approximate one.
        var approximate = item.Approximate && !(anchored is not null && anchored != text && item.Date.Day is not null);
        text = anchored ?? text;
        var relevance = input.Topic.IsOpen ? 1 : input.Topic.Relevance(text);
        if (relevance == 0)
            return null;
        var styled = input.Names.Style(text, introduce: true);
        var people = input.Gazetteer.Find(styled).Where(match => match.Entity.Kind == Corpus.Entities.EntityKinds.Person).Select(match => match.Entity.Name).ToFrozenSet(StringComparer.Ordinal);
        return new TimelineCandidate(item.Date, approximate, Shorten(styled), [source], article.Id, item.Paragraph, relevance) { People = people };
    }

    /// <summary>A sentence that says something happened: a whole sentence (not a heading or caption), standing alone, not a statement of what was unknown.</summary>
    public static bool StatesAnEvent(string sentence)
    {
        var trimmed = sentence.TrimEnd('”', '"', '’', ')', ']', ' ');
        if (trimmed.Length == 0 || trimmed[^1] is not ('.' or '!' or '…'))
            return false;
        if (sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinEventWords)
            return false;
        if (NonEvent.Problem(sentence) is not null)
            return false;
        return StandAlone.Reads(sentence);
    }

    /// <summary>
    /// One row per event: dated sentences of different articles whose dates overlap and that say much
    /// the same (similar words, or the same two people) are merged, keeping the most precise.
    /// </summary>
    private static List<TimelineCandidate> Merge(List<TimelineCandidate> candidates)
    {
        var vectors = new SentenceVectors([.. candidates.Select(candidate => candidate.Text)]).Vectors;
        var merged = new List<TimelineCandidate>();
        var used = new bool[candidates.Count];
        var order = Enumerable.Range(0, candidates.Count).OrderByDescending(i => candidates[i].Precision).ThenBy(i => candidates[i].Sources[0]).ThenBy(i => candidates[i].Paragraph);
        foreach (var i in order)
        {
            if (used[i])
                continue;
            used[i] = true;
            var sources = new SortedSet<int>(candidates[i].Sources);
            var relevance = candidates[i].Relevance;
            for (var j = 0; j < candidates.Count; j++)
            {
                if (used[j] || sources.Contains(candidates[j].Sources[0]) || !Overlap(candidates[i].Date, candidates[j].Date)
                    || (vectors[i].Cosine(vectors[j]) < SameEventSimilarity && candidates[i].People.Count(candidates[j].People.Contains) < 2))
                    continue;
                used[j] = true;
                sources.Add(candidates[j].Sources[0]);
                relevance = Math.Max(relevance, candidates[j].Relevance);
            }
            // The first source cited is the one whose wording the row keeps.
            merged.Add(candidates[i] with { Sources = [candidates[i].Sources[0], .. sources.Where(source => source != candidates[i].Sources[0])], Relevance = relevance });
        }
        return [.. merged.OrderBy(item => item.Date).ThenBy(item => item.Sources[0]).ThenBy(item => item.Paragraph)];
    }

    private static bool Overlap(PartialDate a, PartialDate b) => a.First <= b.Last && b.First <= a.Last;

    /// <summary>
    /// The rows to print (in date order), each with the rule that kept it, and those left out: the
    /// newest third always, then the most relevant event of each year not yet shown, then the most relevant.
    /// </summary>
    public static (List<TimelineCandidate> Kept, List<TimelineCandidate> Left, Dictionary<TimelineCandidate, string> Rule) Choose(IReadOnlyList<TimelineCandidate> byDate, int max)
    {
        var rule = new Dictionary<TimelineCandidate, string>(ReferenceEqualityComparer.Instance);
        if (byDate.Count <= max)
        {
            foreach (var item in byDate)
                rule[item] = $"all {byDate.Count} events on topic fit";
            return ([.. byDate], [], rule);
        }
        var keep = new HashSet<int>();
        var newest = Math.Max(1, (max + 2) / 3);
        for (var i = byDate.Count - 1; i >= 0 && keep.Count < newest; i--)
            Keep(i, $"among the {newest} newest events");
        foreach (var year in byDate.Select(item => item.Date.Year).Distinct().OrderDescending())
        {
            if (keep.Count >= max)
                break;
            if (keep.Any(i => byDate[i].Date.Year == year))
                continue;
            Keep(Enumerable.Range(0, byDate.Count).Where(i => byDate[i].Date.Year == year)
                .OrderByDescending(i => byDate[i].Relevance).ThenByDescending(i => byDate[i].Sources.Length).ThenByDescending(i => i).First(),
                $"the most relevant event of {year}");
        }
        foreach (var i in Enumerable.Range(0, byDate.Count).OrderByDescending(i => byDate[i].Relevance).ThenByDescending(i => byDate[i].Sources.Length).ThenByDescending(i => i))
        {
            if (keep.Count >= max)
                break;
            Keep(i, "among the most relevant of the rest");
        }
        return ([.. Enumerable.Range(0, byDate.Count).Where(keep.Contains).Select(i => byDate[i])],
                [.. Enumerable.Range(0, byDate.Count).Where(i => !keep.Contains(i)).Select(i => byDate[i])], rule);

        void Keep(int index, string why)
        {
            if (keep.Add(index))
                rule[byDate[index]] = why;
        }
    }

    /// <summary>"12 earlier events, Aug 2021 – Sep 2022, not shown."; null when nothing was left out.</summary>
    public static string? Omitted(IReadOnlyList<TimelineCandidate> left, IReadOnlyList<TimelineCandidate> kept)
    {
        if (left.Count == 0)
            return null;
        var first = left.Min(item => item.Date);
        var last = left.Max(item => item.Date);
        // The newest rows are always kept, so what is left out is normally earlier than the last row shown.
        var which = kept.Count > 0 && last.CompareTo(kept[^1].Date) < 0 ? "earlier" : "other";
        var noun = left.Count == 1 ? "event" : "events";
        var period = first.Year == last.Year && first.Month == last.Month && first.Month is not null || first.Equals(last)
            ? Month(first)
            : $"{Month(first)} – {Month(last)}";
        return $"{left.Count} {which} {noun}, {period}, not shown.";
    }

    private static string Month(PartialDate date) =>
        date.Month is null ? date.Year.ToString(CultureInfo.InvariantCulture) : new PartialDate(date.Year, date.Month).Display();

    private static string Why(TimelineCandidate item, string rule, int shown, int total, bool open)
    {
        var reasons = new List<string> { rule };
        reasons.Add(open ? "the brief lists its articles, so every event is on topic" : $"relevance {item.Relevance} to the brief's topic");
        if (item.Sources.Length > 1)
            reasons.Add($"reported by {item.Sources.Length} sources");
        reasons.Add($"{shown} of {total} events on topic shown");
        return string.Join("; ", reasons);
    }

    /// <summary>A long sentence cut at its last clause boundary before the limit, else at a space not inside a name.</summary>
    public static string Shorten(string sentence)
    {
        if (sentence.Length <= MaxEventLength)
            return sentence;
        var window = sentence[..MaxEventLength];
        var clause = new[] { ", ", "; ", " – ", " — ", ": " }.Max(mark => window.LastIndexOf(mark, StringComparison.Ordinal));
        var cut = clause >= MaxEventLength / 2 ? clause : LastSpaceOutsideName(window);
        return sentence[..(cut > 0 ? cut : MaxEventLength)].TrimEnd(',', ';', ':', ' ', '“', '"') + " …";
    }

    private static int LastSpaceOutsideName(string window)
    {
        for (var at = window.LastIndexOf(' '); at > 0; at = window.LastIndexOf(' ', at - 1))
        {
            var next = at + 1 < window.Length ? window[at + 1] : ' ';
            var previousWord = window[..at].Split(' ')[^1];
            if (!char.IsUpper(next) && !(previousWord.Length > 0 && char.IsUpper(previousWord[0])))
                return at;
        }
        return -1;
    }
}

/// <param name="Events">The rows, in date order.</param>
/// <param name="Omitted">What was left out for length ("12 earlier events, Aug 2021 – Sep 2022, not shown."), or null.</param>
public sealed record TimelineData(ImmutableArray<TimelineRow> Events, string? Omitted) : Templates.ITemplateModel;

/// <summary>
/// A timeline row: the date as printed (<c>c. Oct 2022</c>), as data (<c>2022-10</c>), the event, its
/// first source and every source that reports it.
/// </summary>
public sealed record TimelineRow(string Date, string IsoDate, string Event, int Source, ImmutableArray<int> Sources) : Templates.ITemplateModel;
