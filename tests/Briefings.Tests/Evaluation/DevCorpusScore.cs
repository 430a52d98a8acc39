using static Briefings.Tests.Evaluation.ScoreText;

namespace Briefings.Tests.Evaluation;

/// <summary>The counts <see cref="DevCorpusScorer"/> gathers, the misses of each kind, and the figures as <c>score.py</c> prints them.</summary>
public sealed class DevCorpusScore
{
    public static readonly string[] MetadataFields = ["authors", "publisher", "date", "dateline"];

    /// <summary>The kinds of miss in the order <c>score.py</c> lists them.</summary>
    public static readonly string[] MissKinds =
        ["articles", "authors", "publisher", "date", "dateline", "body lines lost", "debris kept", "quotes", "speakers", "product quotes not in gold", "events"];

    public int Articles { get; init; }
    public int Extra { get; init; }
    public int Foreign { get; init; }
    public Dictionary<string, int> Right { get; } = new() { ["title"] = 0, ["authors"] = 0, ["publisher"] = 0, ["date"] = 0, ["dateline"] = 0 };
    public Dictionary<string, int> RightWhereGold { get; } = new() { ["authors"] = 0, ["publisher"] = 0, ["date"] = 0, ["dateline"] = 0 };
    public Dictionary<string, int> WhereGold { get; } = [];
    public int BodyFound { get; set; }
    public int BodyMissed { get; set; }
    public int BodyExtra { get; set; }
    public int QuotesInGold { get; set; }
    public int QuotesNamed { get; set; }
    public int QuotesFound { get; set; }
    public int SpeakersRight { get; set; }
    public int UnnamedFound { get; set; }
    public int UnnamedGiven { get; set; }
    public int QuotesProduced { get; set; }
    public int QuotesProducedRight { get; set; }
    public int EventsInGold { get; set; }
    public int EventsFound { get; set; }
    public int EventsLocated { get; set; }
    public int EventsLocatedRight { get; set; }
    public Dictionary<string, List<string>> Misses { get; } = [];

    public double BodyPrecision => BodyFound + BodyExtra > 0 ? (double)BodyFound / (BodyFound + BodyExtra) : 0.0;
    public double BodyRecall => BodyFound + BodyMissed > 0 ? (double)BodyFound / (BodyFound + BodyMissed) : 0.0;
    public double BodyF1 => BodyPrecision + BodyRecall > 0 ? 2 * BodyPrecision * BodyRecall / (BodyPrecision + BodyRecall) : 0.0;

    public void Miss(string kind, string what)
    {
        Misses.TryAdd(kind, []);
        Misses[kind].Add(what);
    }

    public void Judge(string field, bool right, bool goldHasOne, string miss)
    {
        if (!right)
        {
            Miss(field, miss);
            return;
        }
        Right[field]++;
        if (goldHasOne)
            RightWhereGold[field]++;
    }

    /// <summary>The figures a floor can hold, by the names <c>floors.json</c> uses.</summary>
    public IReadOnlyList<(string Name, double Value)> Figures()
    {
        static double Ratio(int right, int total) => total == 0 ? 1.0 : (double)right / total;
        List<(string, double)> figures = [("articles", Ratio(Right["title"], Articles))];
        foreach (var field in MetadataFields)
        {
            figures.Add((field, Ratio(Right[field], Articles)));
            figures.Add((field + " where gold", Ratio(RightWhereGold[field], WhereGold[field])));
        }
        figures.Add(("body precision", BodyPrecision));
        figures.Add(("body recall", BodyRecall));
        figures.Add(("quote recall", Ratio(QuotesFound, QuotesInGold)));
        figures.Add(("quote precision", Ratio(QuotesProducedRight, QuotesProduced)));
        figures.Add(("speaker accuracy", Ratio(SpeakersRight, QuotesFound - UnnamedFound)));
        figures.Add(("event recall", Ratio(EventsFound, EventsInGold)));
        figures.Add(("event date accuracy", Ratio(EventsLocatedRight, EventsLocated)));
        return figures;
    }

    /// <summary>The lines <c>score.py</c> prints after its misses, character for character.</summary>
    public IReadOnlyList<string> Report()
    {
        var foundNamed = QuotesFound - UnnamedFound;
        List<string> lines =
        [
            $"articles found   {Percent(Right["title"], Articles)}  (+{Extra} extra in annotated files, {Foreign} from other files)",
            $"title            {Percent(Right["title"], Articles)}",
            .. MetadataFields.Select(field => $"{field,-16} {Percent(Right[field], Articles)}  (where the gold has one: {Percent(RightWhereGold[field], WhereGold[field])})"),
            $"body lines       P={Fixed(BodyPrecision, 3)} R={Fixed(BodyRecall, 3)} F1={Fixed(BodyF1, 3)}",
            $"quote recall     {Percent(QuotesFound, QuotesInGold)}  ({QuotesNamed} of the gold quotes have a named speaker)",
            $"quote precision  {Percent(QuotesProducedRight, QuotesProduced)}",
            $"speaker accuracy {Percent(SpeakersRight, foundNamed)}  (unnamed-speaker quotes given a speaker: {UnnamedGiven}/{UnnamedFound})",
            $"event recall     {Percent(EventsFound, EventsInGold)}",
            $"event date acc.  {Percent(EventsLocatedRight, EventsLocated)}  (gold events located on their line: {EventsLocated}/{EventsInGold})",
            $"SUMMARY articles {Right["title"]}/{Articles} (+{Extra}) | authors {Right["authors"]} publisher {Right["publisher"]} "
                + $"date {Right["date"]} dateline {Right["dateline"]} of {Articles} | body F1 {Fixed(BodyF1, 2)} | quotes R {Fixed((double)QuotesFound / Math.Max(1, QuotesInGold), 2)} "
                + $"P {Fixed((double)QuotesProducedRight / Math.Max(1, QuotesProduced), 2)} speaker {Fixed((double)SpeakersRight / Math.Max(1, foundNamed), 2)} | "
                + $"events R {Fixed((double)EventsFound / Math.Max(1, EventsInGold), 2)} date acc {Fixed((double)EventsLocatedRight / Math.Max(1, EventsLocated), 2)}",
        ];
        return lines;
    }

    /// <summary>The heading <c>score.py</c> prints before each kind's misses: <c>events (3):</c>.</summary>
    public IReadOnlyList<string> MissHeadings() =>
        [.. MissKinds.Where(kind => Misses.GetValueOrDefault(kind)?.Count > 0).Select(kind => $"{kind} ({Misses[kind].Count}):")];
}
