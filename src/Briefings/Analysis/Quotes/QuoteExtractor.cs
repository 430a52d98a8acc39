using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Briefings.Corpus.Entities;

namespace Briefings.Analysis.Quotes;

/// <summary>
/// Finds the direct quotations of an article and their speakers. In order of precedence: a speaker clause
/// that ends just before the quotation (<c>X said: “…”</c>, <c>He added, “…”</c>), an attribution just
/// after it (<c>“…,” said X</c>, <c>“…,” the spokesman said</c>, <c>“…,” it said</c>), the speaker of the
/// sentence the quotation sits in (<c>X said the deal was “…”</c>, <c>The first, she said, is “…”</c>),
/// a source cited in brackets, and <c>according to X</c>. Pronouns and descriptions resolve to the
/// people and bodies named before; a quotation continued in the next sentence or paragraph keeps its
/// speaker; a block quotation introduced by a colon takes the introduction's speaker. A quotation nobody
/// is named for (a scare quote, a heading in quote marks) is left out.
/// </summary>
public sealed class QuoteExtractor(Gazetteer gazetteer)
{
    /// <summary>Shorter quotations are phrases, not statements worth quoting.</summary>
    public const int MinimumWords = 4;

    /// <summary>How much text before and after a quotation its attribution is looked for in (bounds the work per quotation).</summary>
    private const int Window = 400;

    public ImmutableArray<Quote> Extract(IReadOnlyList<string> paragraphs)
    {
        var quotes = ImmutableArray.CreateBuilder<Quote>();
        var quoted = new Dictionary<string, int>(StringComparer.Ordinal);
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new SpeakerNames(gazetteer);
        var people = new PeopleSeen();
        Attributed? carried = null;
        for (var index = 0; index < paragraphs.Count; index++)
        {
            var paragraph = paragraphs[index];
            names.Learn(paragraph);
            var sentences = SentenceSplitter.Ranges(paragraph);
            var continued = index + 1 < paragraphs.Count && OpensWithQuote(paragraphs[index + 1]);
            var spans = Unclosed(QuoteSpan.Find(paragraph), sentences, continued);
            var text = new ParagraphText(paragraph, Mask(paragraph, spans), index);
            foreach (var (offset, person) in PeopleIn(text, names, people).OrderBy(entry => entry.Offset))
                people.Introduce(index, offset, person);
            if (index > 0 && paragraphs[index - 1].TrimEnd().EndsWith(':') && IsBlock(paragraph, spans))
            {
                if (IntroSpeaker(paragraphs[index - 1], index - 1, names, people) is { } speaker)
                {
                    Add(quotes, quoted, roles, paragraph.Trim().Trim('“', '”', '"').Trim(), speaker, index, paragraph);
                    people.Speaks(index, 0, speaker);
                    carried = speaker;
                }
                continue;
            }

            Attributed? previous = null;
            var current = 0;
            foreach (var span in spans)
            {
                while (current < sentences.Length && sentences[current].End.Value <= span.Open)
                    current++;
                var sentence = current < sentences.Length && sentences[current].Start.Value <= span.Open
                    ? sentences[current]
                    : span.Open..Math.Min(paragraph.Length, span.After);
                var speaker = Attribute(text, span, sentence, names, people);
                if (speaker is null && previous is not null && StartsSentence(span.Open, sentences, current))
                    speaker = previous;
                if (speaker is null && carried is not null && span.Open <= 1 && ReadsAsSpeech(span.TextIn(paragraph), span))
                    speaker = carried;
                if (speaker is null)
                    continue;
                var source = paragraph[sentence.Start.Value..SentenceEnd(sentences, current, span, paragraph.Length)];
                Add(quotes, quoted, roles, span.TextIn(paragraph), speaker, index, source);
                people.Speaks(index, span.Open, speaker);
                previous = speaker;
            }
            carried = spans.Count > 0 && previous is not null && (spans[^1].Close >= paragraph.Length || EndsWithQuoteSentence(spans[^1], sentences)) ? previous : null;
        }
        return quotes.ToImmutable();
    }

    /// <summary>A paragraph with its quoted words masked (<c>_</c>), so that attribution patterns see only the narration around them.</summary>
    private sealed record ParagraphText(string Text, string Masked, int Index);

    private Attributed? Attribute(ParagraphText text, QuoteSpan span, Range sentence, SpeakerNames names, PeopleSeen people)
    {
        var paragraph = text.Text;
        var start = Math.Max(sentence.Start.Value, span.Open - Window);
        var before = text.Masked[start..span.Open];
        // Both colon patterns end on the colon; most quotations have none before them, and the patterns would try a name at every capital.
        var colonBefore = before.AsSpan().TrimEnd().EndsWith(':');
        if (colonBefore && MatchIn(AttributionPatterns.NameAndRoleColonBefore, before, start) is { } described && Named(paragraph, described, names) is { } describedPerson)
            return describedPerson;

        // The last speaker clause before the quotation in its sentence; it wins outright when it ends just before the mark.
        Attributed? sentenceSpeaker = null;
        var clauseEndsBefore = false;
        var clauses = AttributionPatterns.SpeakerClause.Matches(before);
        for (var i = clauses.Count - 1; i >= 0 && sentenceSpeaker is null; i--)
        {
            sentenceSpeaker = Resolve(text, (clauses[i], start), names, people, sentence.Start.Value);
            clauseEndsBefore = AttributionPatterns.ClauseEndsBefore.IsMatch(before[(clauses[i].Index + clauses[i].Length)..]);
        }
        if (sentenceSpeaker is not null && clauseEndsBefore)
            return sentenceSpeaker;
        if (((colonBefore ? MatchIn(AttributionPatterns.NameColonBefore, before, start) : null) ?? MatchIn(AttributionPatterns.InNamesView, before, start)) is { } colon
            && Named(paragraph, colon, names) is { } introduced)
            return introduced;

        var afterEnd = Math.Min(paragraph.Length, span.After + Window);
        var after = text.Masked[span.After..afterEnd];
        if (!span.OpenEnded && !span.TextIn(paragraph).EndsWith('.'))
        {
            foreach (var pattern in (ReadOnlySpan<Regex>)[AttributionPatterns.QuotedAsSaying, AttributionPatterns.VerbThenName, AttributionPatterns.PronounAfter, AttributionPatterns.NameThenVerb])
            {
                if (MatchIn(pattern, after, span.After) is { } found && Resolve(text, found, names, people, sentence.Start.Value) is { } attributed)
                    return attributed;
            }
        }
        if (sentenceSpeaker is not null)
            return sentenceSpeaker;

        if (start == sentence.Start.Value && MatchIn(AttributionPatterns.CoordinatedSpeaker, before, start) is { } coordinated
            && Resolve(text, coordinated, names, people, start) is { } doer)
            return doer;
        var sentenceEnd = span.OpenEnded && span.Close < paragraph.Length ? afterEnd : Math.Min(afterEnd, Math.Max(sentence.End.Value, span.After));
        var rest = text.Masked[span.After..sentenceEnd];
        foreach (var clause in AttributionPatterns.SpeakerClause.Matches(rest))
        {
            if (Resolve(text, (clause, span.After), names, people, sentence.Start.Value) is { } later)
                return later;
        }
        if (MatchIn(AttributionPatterns.CitedAfter, after, span.After) is { } cited)
            return new Attributed(cited.Match.Groups["name"].Value.Trim(), null, IsBody: true);
        var outside = before + new string('_', span.After - span.Open) + rest;
        return MatchIn(AttributionPatterns.AccordingTo, outside, start) is { } according ? Resolve(text, according, names, people, sentence.Start.Value) : null;
    }

    /// <summary>The speaker a match captured: a name, a description or a pronoun.</summary>
    private Attributed? Resolve(ParagraphText text, (Match Match, int Offset) found, SpeakerNames names, PeopleSeen people, int sentenceStart = 0)
    {
        var groups = found.Match.Groups;
        if (groups["name"].Success)
            return Named(text.Text, found, names);
        if (groups["desc"].Success)
            return Described(groups["desc"].Value, text.Index, found.Offset + groups["desc"].Index, names, people);
        if (groups["pronoun"].Success)
        {
            var at = found.Offset + groups["pronoun"].Index;
            // "He noted that …, which he said was “…”": a pronoun repeating the sentence's subject pronoun means the same person.
            var pronoun = groups["pronoun"].Value;
            var end = sentenceStart + pronoun.Length;
            if (text.Masked.AsSpan(sentenceStart).StartsWith(pronoun, StringComparison.OrdinalIgnoreCase) && (end >= text.Masked.Length || !char.IsLetter(text.Masked[end])))
                at = Math.Min(at, sentenceStart);
            return pronoun.ToLowerInvariant() switch
            {
                "it" => people.LastBodyBefore(text.Index, at),
                "he" or "she" or "him" or "her" => people.LastBefore(text.Index, at),
                _ => null,
            };
        }
        return null;
    }

    /// <summary>
    /// A description as a speaker: "the CTD statement" is the CTD's; "the report" is the last body's (none if no
    /// body was named); "the Taliban spokesman" is the last person named with a role holding "spokesman" (and
    /// "Taliban", if any fits), else the description itself, without its article.
    /// </summary>
    private static Attributed? Described(string description, int paragraph, int offset, SpeakerNames names, PeopleSeen people)
    {
        var all = description.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var of = Array.IndexOf(all, "of");
        var words = of > 0 ? all[..of] : all;
        var head = words[^1];
        var qualifiers = words[1..^1].Where(word => char.IsUpper(word[0])).Select(word => word.TrimEnd('’', '\'', 's')).ToList();
        var written = string.Join(' ', words[0].EndsWith('s') && char.IsUpper(words[0][0]) ? all : all[1..]);
        if (SpeakerNouns.Bodies.Contains(head))
        {
            if (qualifiers.Count > 0 && names.Canonical(string.Join(' ', words[1..^1].Where(word => char.IsUpper(word[0])))) is { } owner)
                return new Attributed(owner.Name, null, IsBody: true);
            // "said the report" with no body named before: a document nobody is named for is no speaker to print.
            return people.LastBodyBefore(paragraph, offset);
        }
        var roleWord = SpeakerNouns.People.TryGetValue(head, out var stands) ? stands : head;
        bool Holds(Attributed person, string word) => person.Role?.Contains(word, StringComparison.OrdinalIgnoreCase) == true;
        return people.Last(paragraph, offset, person => !person.IsBody && Holds(person, roleWord) && qualifiers.All(word => Holds(person, word)))
               ?? people.Last(paragraph, offset, person => !person.IsBody && Holds(person, roleWord))
               ?? new Attributed(written, null);
    }

    private static Attributed? Named(string paragraph, (Match Match, int Offset) found, SpeakerNames names)
    {
        var name = found.Match.Groups["name"];
        var nameStart = found.Offset + name.Index;
        if (!found.Match.Groups["appositive"].Success
            && AttributionPatterns.UnclosedAppositive.Match(paragraph[Math.Max(0, nameStart - 160)..nameStart]) is { Success: true } unclosed
            && names.Canonical(unclosed.Groups["name"].Value) is { IsBody: false } described)
            return new Attributed(described.Name, RoleFinder.Of(unclosed.Groups["role"].Value + " " + name.Value) ?? RoleFinder.Of(unclosed.Groups["role"].Value));
        var appositive = found.Match.Groups["appositive"];
        string? officeRole = null;
        var inCommasFirst = appositive.Success && char.IsUpper(appositive.Value[0]) && names.Canonical(appositive.Value) is { IsBody: false };
        if (inCommasFirst || names.Canonical(name.Value) is not { } canonical)
        {
            // "Chairman of the Committee, Republican Michael McCaul, told": the name is in the commas.
            if (!appositive.Success || names.Canonical(appositive.Value) is not { } inCommas)
                return null;
            (canonical, officeRole, name) = (inCommas, RoleFinder.Of(paragraph[RoleStart(paragraph, found.Offset + name.Index)..(found.Offset + name.Index + name.Length)]), appositive);
        }
        if (canonical.IsBody)
            return new Attributed(canonical.Name, null, IsBody: true);
        var start = found.Offset + name.Index;
        var role = officeRole ?? RoleFinder.Of(found.Match.Groups["role"].Value) ?? (name == appositive ? null : RoleFinder.Of(appositive.Value))
                   ?? RoleFinder.Of(names.TitlesOf(name.Value))
                   ?? RoleFinder.Before(paragraph, start) ?? RoleFinder.After(paragraph, start + name.Length) ?? canonical.Entity?.Role;
        return new Attributed(canonical.Name, role);
    }

    private Attributed? IntroSpeaker(string intro, int paragraph, SpeakerNames names, PeopleSeen people)
    {
        var last = SentenceSplitter.Ranges(intro).LastOrDefault(0..intro.Length);
        var sentence = intro[last];
        if (MatchIn(AttributionPatterns.SubjectInCommas, sentence, last.Start.Value) is { } subject && Named(intro, subject, names) is { } opener)
            return opener;
        if (MatchIn(AttributionPatterns.NameIntroducing, sentence, last.Start.Value) is { } named && Named(intro, named, names) is { } introducer)
            return introducer;
        if (gazetteer.Find(sentence).FirstOrDefault(match => match.Entity.Kind == EntityKinds.Person) is { Entity: { } known })
            return new Attributed(known.Name, known.Role);
        return Regex.IsMatch(sentence, @"\b[Hh]e\b|\b[Ss]he\b") ? people.LastBefore(paragraph, last.Start.Value) : null;
    }

    /// <summary>Where the office phrase before a name in commas starts: after the last comma, quote or sentence start.</summary>
    private static int RoleStart(string paragraph, int nameStart)
    {
        var from = Math.Max(0, nameStart - 1);
        var reach = Math.Min(from + 1, 200);
        var mark = paragraph.LastIndexOfAny([',', '“', '”', '.', ';', ':'], from, reach);
        return mark >= 0 ? mark + 1 : from + 1 - reach;
    }

    /// <summary>
    /// People a later pronoun or description may refer to: known people opening a sentence or introduced with a
    /// role, unknown names introduced with one, and the subjects of speech verbs (people and bodies).
    /// </summary>
    private IEnumerable<(int Offset, Attributed Person)> PeopleIn(ParagraphText text, SpeakerNames names, PeopleSeen people)
    {
        var paragraph = text.Text;
        var sentenceStarts = SentenceSplitter.Ranges(paragraph).Select(range => range.Start.Value).ToHashSet();
        var known = gazetteer.Find(paragraph).Where(match => text.Masked[match.Start] != '_').OrderBy(match => match.Start).ToList();
        foreach (var match in known.Where(match => match.Entity.Kind == EntityKinds.Person))
        {
            var role = RoleFinder.Before(paragraph, match.Start);
            if (role is not null || sentenceStarts.Contains(match.Start))
                yield return (match.Start, new Attributed(match.Entity.Name, role ?? match.Entity.Role));
        }
        var next = 0;
        foreach (Match name in AttributionPatterns.AnyName.Matches(text.Masked))
        {
            if (IsPossessive(paragraph, name.Index + name.Length))
                continue;
            while (next < known.Count && known[next].End <= name.Index)
                next++;
            if (next < known.Count && known[next].Start < name.Index + name.Length)
                continue;
            var role = RoleFinder.Before(paragraph, name.Index) ?? RoleFinder.After(paragraph, name.Index + name.Length);
            if (role is not null && names.Canonical(name.Value) is { IsBody: false } person)
                yield return (name.Index, new Attributed(person.Name, role));
        }
        foreach (var clause in AttributionPatterns.SpeakerClause.Matches(text.Masked))
        {
            // "Haroun Rahimi, an Afghan academic, …": a description in apposition is the role of the name before it, not another person.
            var desc = clause.Groups["desc"];
            if (desc.Success && desc.Index > 1 && paragraph[desc.Index - 2] == ',' && desc.Index + desc.Length < paragraph.Length && paragraph[desc.Index + desc.Length] == ',')
                continue;
            if (!clause.Groups["pronoun"].Success && Resolve(text, (clause, 0), names, people) is { } subject)
                yield return (clause.Index, subject);
        }
        foreach (Match according in AttributionPatterns.AccordingTo.Matches(text.Masked))
        {
            if (!according.Groups["pronoun"].Success && Resolve(text, (according, 0), names, people) is { IsBody: true } body)
                yield return (according.Index, body);
        }
    }

    /// <summary>
    /// An opening mark the page never closes, and whose paragraph is not followed by one that continues the
    /// quotation: the quotation is its first sentence.
    /// </summary>
    private static List<QuoteSpan> Unclosed(List<QuoteSpan> spans, ImmutableArray<Range> sentences, bool continued)
    {
        if (continued || spans.Count == 0 || !spans[^1].OpenEnded)
            return spans;
        var open = spans[^1].Open;
        var end = sentences.FirstOrDefault(range => range.End.Value > open + 1 && range.Start.Value <= open, ..0).End.Value;
        if (end <= open + 1 || end >= spans[^1].Close)
            return spans;
        spans[^1] = new QuoteSpan(open, end, OpenEnded: true);
        return spans;
    }

    /// <summary>"Qatar’s premier": a name that owns something is not on stage itself.</summary>
    private static bool IsPossessive(string paragraph, int end) =>
        end + 1 < paragraph.Length && paragraph[end] is '’' or '\'' && paragraph[end + 1] == 's';

    private static bool OpensWithQuote(string paragraph) => paragraph.TrimStart() is { Length: > 0 } text && text[0] is '“' or '"';

    /// <summary>The paragraph with the quotations' words replaced by <c>_</c> (marks kept), so attributions are never read inside a quotation.</summary>
    private static string Mask(string paragraph, List<QuoteSpan> spans)
    {
        if (spans.Count == 0)
            return paragraph;
        var chars = paragraph.ToCharArray();
        foreach (var span in spans)
            Array.Fill(chars, '_', span.TextStart, Math.Max(0, Math.Min(span.Close, chars.Length) - span.TextStart));
        return new string(chars);
    }

    /// <summary>Words that continue a speaker's speech end like a sentence; a heading in quote marks does not.</summary>
    private static bool ReadsAsSpeech(string quoted, QuoteSpan span) =>
        span.OpenEnded || quoted.TrimEnd().TrimEnd('’', '\'') is [.., '.' or '?' or '!' or '…' or ',' or ';'];

    private static (Match Match, int Offset)? MatchIn(Regex pattern, string text, int offset)
    {
        var match = pattern.Match(text);
        return match.Success ? (match, offset) : null;
    }

    private static void Add(ImmutableArray<Quote>.Builder quotes, Dictionary<string, int> quoted, Dictionary<string, string> roles, string text, Attributed speaker, int paragraph, string source)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < MinimumWords)
            return;
        // The same words quoted again (a standfirst or a teaser repeating the body, perhaps cut short) are one
        // quotation: quotations are keyed by their opening words, and the longer of two that agree is kept.
        var bare = text.TrimEnd('.', ',', ';', '!', '?', ' ');
        var key = string.Join(' ', bare.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6));
        if (quoted.TryGetValue(key, out var earlier))
        {
            var kept = quotes[earlier].Text.TrimEnd('.', ',', ';', '!', '?', ' ');
            if (kept.StartsWith(bare, StringComparison.Ordinal))
                return;
            if (bare.StartsWith(kept, StringComparison.Ordinal))
            {
                quotes[earlier] = quotes[earlier] with { Text = text, Sentence = source.Trim() };
                return;
            }
        }
        // A role given once holds for the speaker's later quotations in the article.
        if (speaker.Role is not null)
            roles.TryAdd(speaker.Name, speaker.Role);
        var role = speaker.Role ?? roles.GetValueOrDefault(speaker.Name);
        quoted.TryAdd(key, quotes.Count);
        quotes.Add(new Quote(text, speaker.Name, role, paragraph, source.Trim()));
    }

    private static bool IsBlock(string paragraph, List<QuoteSpan> spans) =>
        spans.Count == 0 || (spans.Count == 1 && spans[0].Open <= 1 && spans[0].Close >= paragraph.TrimEnd().Length - 2);

    private static bool StartsSentence(int open, ImmutableArray<Range> sentences, int current) =>
        current < sentences.Length && sentences[current].Start.Value == open;

    /// <summary>Whether the paragraph's last sentence holds (the end of) its last quotation: the speaker may go on in the next paragraph.</summary>
    private static bool EndsWithQuoteSentence(QuoteSpan last, ImmutableArray<Range> sentences) =>
        sentences.Length > 0 && sentences[^1].Start.Value < last.After;

    private static int SentenceEnd(ImmutableArray<Range> sentences, int current, QuoteSpan span, int length)
    {
        var after = Math.Min(span.After, length);
        for (var i = current; i < sentences.Length; i++)
        {
            if (sentences[i].End.Value >= after)
                return sentences[i].End.Value;
        }
        return length;
    }
}
