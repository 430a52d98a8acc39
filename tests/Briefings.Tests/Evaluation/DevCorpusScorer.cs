using System.Text;
using System.Text.Json.Nodes;
using static Briefings.Tests.Evaluation.ScoreText;

namespace Briefings.Tests.Evaluation;

/// <summary>
/// A port of <c>eval/corpus-dev/score.py</c>, rule for rule (read its docstring): scores what
/// <c>articles --json --analysis</c> printed against <c>gold.json</c>, so <c>dotnet test</c> can guard the
/// figures without Python. <see cref="DevCorpusScoreTests"/> checks that it agrees with the script.
/// </summary>
public static class DevCorpusScorer
{
    public static DevCorpusScore Score(JsonNode? product, JsonNode gold, string articlesFolder)
    {
        var mine = product is JsonObject wrapper ? Field(wrapper, "articles", "items") as JsonArray ?? [] : product as JsonArray ?? [];
        var alias = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, forms) in gold["aliases"]!.AsObject())
            foreach (var form in new[] { canonical }.Concat(forms!.AsArray().Select(form => (string)form!)))
                alias.TryAdd(Norm(form), canonical);

        string? Canon(string? name)
        {
            var n = Norm(name);
            if (n.Length == 0)
                return null;
            if (alias.TryGetValue(n, out var known))
                return known;
            var parts = n.Split(' ');
            for (var k = 1; k < parts.Length; k++)
                if (alias.TryGetValue(string.Join(' ', parts[k..]), out var tail))
                    return tail;
            return n;
        }

        var articles = gold["articles"]!.AsArray().Select(item => item!.AsObject()).ToList();
        var lines = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var g in articles)
        {
            var file = (string)g["file"]!;
            if (!lines.ContainsKey(file))
                lines[file] = ReadLines(Path.Combine(articlesFolder, file));
        }

        var byFile = new Dictionary<string, List<JsonObject>>(StringComparer.Ordinal);
        foreach (var m in mine)
        {
            var seed = AsString(Field(m, "seed", "source", "file"));
            byFile.TryAdd(seed[(seed.LastIndexOf('/') + 1)..], []);
            byFile[seed[(seed.LastIndexOf('/') + 1)..]].Add(m as JsonObject ?? []);
        }
        List<JsonObject> Of(string file) => byFile.GetValueOrDefault(file) ?? [];
        var perFile = articles.GroupBy(g => (string)g["file"]!).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var extra = perFile.Sum(pair => Math.Max(0, Of(pair.Key).Count - pair.Value));
        var foreign = byFile.Where(pair => !perFile.ContainsKey(pair.Key)).Sum(pair => pair.Value.Count);

        var matched = new Dictionary<int, JsonObject>();
        var taken = new HashSet<JsonObject>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Count; i++)
            foreach (var m in Of((string)articles[i]["file"]!))
                if (!taken.Contains(m) && Norm(AsString(Field(m, "title"))) == Norm((string)articles[i]["title"]!))
                {
                    matched[i] = m;
                    taken.Add(m);
                    break;
                }

        var s = new DevCorpusScore { Articles = articles.Count, Extra = extra, Foreign = foreign };
        foreach (var key in DevCorpusScore.MetadataFields)
            s.WhereGold[key] = articles.Count(g => Truthy(g[key]));
        for (var i = 0; i < articles.Count; i++)
        {
            var g = articles[i];
            var file = (string)g["file"]!;
            var tag = $"{file[..Math.Min(7, file.Length)]}#{g["index"]}";
            var L = lines[file];
            var skip = Ints(g["boilerplate_lines"]).Concat(Ints(g["caption_lines"])).ToHashSet();
            var body = new List<string>();
            for (var k = (int)g["body_first_line"]!; k <= (int)g["body_last_line"]!; k++)
                if (!skip.Contains(k) && k <= L.Length && Strip(L[k - 1]).Length > 0)
                    body.Add(Norm(L[k - 1]));
            var goldQuotes = g["quotes"]!.AsArray().Select(item => item!.AsObject()).ToList();
            var goldEvents = g["dated_events"]!.AsArray().Select(item => item!.AsObject()).ToList();
            if (!matched.TryGetValue(i, out var m))
            {
                s.Miss("articles", $"{tag}: {(string)g["title"]!}");
                s.BodyMissed += body.Count;
                s.QuotesInGold += goldQuotes.Count;
                s.QuotesNamed += goldQuotes.Count(q => Truthy(q["speaker"]));
                s.EventsInGold += goldEvents.Count;
                foreach (var q in goldQuotes)
                    s.Miss("quotes", $"{tag} L{q["line"]}: {(string)q["text"]!} [article not found]");
                foreach (var e in goldEvents)
                    s.Miss("events", $"{tag} L{e["line"]}: {(string)e["date"]!} [article not found]");
                continue;
            }
            s.Right["title"]++;

            // metadata
            var authors = AsList(Field(m, "authors")).Select(x => Norm(AsText(x))).Order(StringComparer.Ordinal).ToList();
            var goldAuthors = g["authors"]!.AsArray().Select(x => Norm((string)x!)).Order(StringComparer.Ordinal).ToList();
            s.Judge("authors", authors.SequenceEqual(goldAuthors), Truthy(g["authors"]), $"{tag}: gold [{string.Join(", ", goldAuthors)}] got [{string.Join(", ", authors)}]");
            var goldPublisher = (string?)g["publisher"];
            var publisher = Field(m, "publisher");
            s.Judge("publisher", Canon(AsString(publisher)) == (string.IsNullOrEmpty(goldPublisher) ? goldPublisher : Canon(goldPublisher)),
                Truthy(g["publisher"]), $"{tag}: gold {goldPublisher} got {publisher}");
            var date = AsString(Field(m, "date"));
            var cut = date.Length == 0 ? null : date[..Math.Min(10, date.Length)];
            s.Judge("date", cut == (string?)g["date"], Truthy(g["date"]), $"{tag}: gold {g["date"]} got {Field(m, "date")}");
            var dateline = Strip(Norm(AsString(Field(m, "dateline"))), " -,:");
            var goldDateline = Strip(Norm((string?)g["dateline"]), " -,:");
            s.Judge("dateline", dateline == goldDateline || (goldDateline.Length > 0 && dateline.StartsWith(goldDateline, StringComparison.Ordinal)),
                Truthy(g["dateline"]), $"{tag}: gold {g["dateline"]} got {Field(m, "dateline")}");

            // body lines
            var paragraphs = AsList(Field(m, "paragraphs", "body")).Select(p => Norm(AsText(p))).Where(p => p.Length > 0).ToList();
            var joined = string.Join(' ', paragraphs);
            // The product splits the dateline ("KABUL (AP) --") off its first paragraph into `dateline`.
            var first = paragraphs.Count > 0 && Truthy(Field(m, "dateline")) ? paragraphs[0] : null;
            foreach (var b in body)
                if (joined.Contains(b, StringComparison.Ordinal) || (first is { Length: >= 40 } && b.EndsWith(first, StringComparison.Ordinal)))
                    s.BodyFound++;
                else
                {
                    s.BodyMissed++;
                    s.Miss("body lines lost", $"{tag}: {b}");
                }
            var bodyJoined = string.Join(' ', body);
            foreach (var p in paragraphs.Where(p => !bodyJoined.Contains(p, StringComparison.Ordinal)))
            {
                s.BodyExtra++;
                s.Miss("debris kept", $"{tag}: {p}");
            }

            // quotes
            var mq = new List<(HashSet<string> Words, string? Speaker, string Text)>();
            foreach (var q in AsList(Field(m, "quotes")))
            {
                var text = AsText(q);
                if (Words(text).Count() >= 4)
                    mq.Add((Words(text).ToHashSet(), AsText(Field(q, "speaker")) is { Length: > 0 } speaker ? speaker : null, text));
            }
            var used = new HashSet<int>();
            foreach (var gq in goldQuotes)
            {
                s.QuotesInGold++;
                var gw = Words((string)gq["text"]!).ToHashSet();
                var (best, bi) = (0.0, -1);
                for (var j = 0; j < mq.Count; j++)
                {
                    var ov = (double)gw.Count(mq[j].Words.Contains) / Math.Max(1, Math.Min(gw.Count, mq[j].Words.Count));
                    if (ov > best || (ov == best && used.Contains(bi) && !used.Contains(j)))
                        (best, bi) = (ov, j);
                }
                var goldSpeaker = (string?)gq["speaker"];
                if (!string.IsNullOrEmpty(goldSpeaker))
                    s.QuotesNamed++;
                if (best < 0.8)
                {
                    s.Miss("quotes", $"{tag} L{gq["line"]}: {gq["text"]} ({goldSpeaker})");
                    continue;
                }
                s.QuotesFound++;
                used.Add(bi);
                var speaker = mq[bi].Speaker;
                if (!string.IsNullOrEmpty(goldSpeaker))
                {
                    if (Canon(speaker) == goldSpeaker || Canon(speaker) == Norm(goldSpeaker))
                        s.SpeakersRight++;
                    else
                        s.Miss("speakers", $"{tag} L{gq["line"]}: gold {goldSpeaker} got {speaker}");
                }
                else
                {
                    s.UnnamedFound++;
                    if (speaker is not null)
                    {
                        s.UnnamedGiven++;
                        s.Miss("speakers", $"{tag} L{gq["line"]}: gold null got {speaker}");
                    }
                }
            }
            s.QuotesProduced += mq.Count;
            s.QuotesProducedRight += used.Count;
            for (var j = 0; j < mq.Count; j++)
                if (!used.Contains(j))
                    s.Miss("product quotes not in gold", $"{tag}: {mq[j].Text} ({mq[j].Speaker})");

            // events
            var events = AsList(Field(m, "events", "timeline"));
            var dates = events.Select(e => AsString(Field(e, "date"))).ToList();
            foreach (var ge in goldEvents)
            {
                s.EventsInGold++;
                var line = (int)ge["line"]!;
                var lineWords = line <= L.Length ? Words(L[line - 1]).ToHashSet() : [];
                var onLine = events.Where(e => Words(AsString(Field(e, "sentence"))).ToHashSet() is { Count: > 0 } sw
                        && (double)sw.Count(lineWords.Contains) / sw.Count >= 0.9)
                    .Select(e => AsString(Field(e, "date"))).ToList();
                var goldDate = (string)ge["date"]!;
                if (dates.Contains(goldDate))
                    s.EventsFound++;
                else
                    s.Miss("events", $"{tag} L{line}: gold {goldDate} {ge["expr"]}; product dates on the line [{string.Join(", ", onLine)}]");
                if (onLine.Count > 0)
                {
                    s.EventsLocated++;
                    if (onLine.Contains(goldDate))
                        s.EventsLocatedRight++;
                }
            }
        }
        return s;
    }

    /// <summary>The file's lines as Python's text mode reads them: universal newlines, a byte-order mark kept.</summary>
    private static string[] ReadLines(string path) =>
        File.Exists(path)
            ? new UTF8Encoding(false).GetString(File.ReadAllBytes(path)).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            : [];

    /// <summary><c>field(obj, *keys)</c>: the first key present, as written or with a capital first letter.</summary>
    private static JsonNode? Field(JsonNode? node, params string[] keys)
    {
        if (node is not JsonObject obj)
            return null;
        foreach (var key in keys)
            foreach (var name in new[] { key, char.ToUpperInvariant(key[0]) + key[1..] })
                if (obj.TryGetPropertyValue(name, out var value))
                    return value;
        return null;
    }

    /// <summary><c>as_text(x)</c>: a string, or the text of an object, or "".</summary>
    private static string AsText(JsonNode? node) =>
        node is JsonObject ? (Field(node, "text", "content", "name") is { } text && Truthy(text) ? AsString(text) : "") : AsString(node);

    /// <summary><c>str(x or '')</c> for the JSON values the product writes.</summary>
    private static string AsString(JsonNode? node) =>
        node is null || !Truthy(node) ? "" : node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node.ToJsonString();

    private static List<JsonNode?> AsList(JsonNode? node) => node is JsonArray array ? [.. array] : [];

    private static IEnumerable<int> Ints(JsonNode? node) => AsList(node).Select(item => (int)item!);

    /// <summary>Python truthiness of a JSON value: null, false, 0, "", [] and {} are false.</summary>
    private static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonObject obj => obj.Count > 0,
        JsonValue value when value.TryGetValue<string>(out var text) => text.Length > 0,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<double>(out var number) => number != 0,
        _ => true,
    };
}
