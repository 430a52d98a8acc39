using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Briefings.Analysis.Entities;

namespace Briefings.Analysis.Quotes;

/// <summary>
/// Finds the direct quotations of an article and their speakers: an attribution before or after the
/// quotation (<c>“…,” said X</c>, <c>X said: “…”</c>, <c>X told Y: “…”</c>, <c>according to X</c>), a
/// pronoun resolved to the last person named, a quotation continued in the next sentence or
/// paragraph, and a block quotation introduced by a colon. A quotation nobody is named for (a scare
/// quote) is left out.
/// </summary>
public sealed class QuoteExtractor(Gazetteer gazetteer)
{
    /// <summary>Shorter quotations are phrases, not statements worth quoting.</summary>
    public const int MinimumWords = 4;

    public ImmutableArray<Quote> Extract(IReadOnlyList<string> paragraphs)
    {
        var quotes = ImmutableArray.CreateBuilder<Quote>();
        var names = new SpeakerNames(gazetteer);
        var people = new PeopleSeen();
        Attributed? carried = null;
        for (var index = 0; index < paragraphs.Count; index++)
        {
            var paragraph = paragraphs[index];
            names.Learn(paragraph);
            foreach (var (offset, person) in PeopleIn(paragraph, names).OrderBy(seen => seen.Offset))
                people.Add(index, offset, person);
            var spans = QuoteSpan.Find(paragraph);
            if (index > 0 && paragraphs[index - 1].TrimEnd().EndsWith(':') && IsBlock(paragraph, spans))
            {
                if (IntroSpeaker(paragraphs[index - 1], index - 1, names, people) is { } speaker)
                {
                    Add(quotes, paragraph.Trim().Trim('“', '”', '"').Trim(), speaker, index, paragraph);
                    people.Add(index, 0, speaker);
                    carried = speaker;
                }
                continue;
            }

            var sentences = SentenceSplitter.Ranges(paragraph);
            Attributed? previous = null;
            foreach (var span in spans)
            {
                var sentence = SentenceHolding(sentences, span.Open) ?? 0..paragraph.Length;
                var speaker = Attribute(paragraph, span, sentence, names, offset => people.LastBefore(index, offset));
                if (speaker is null && previous is not null && StartsSentence(span.Open, sentences))
                    speaker = previous;
                if (speaker is null && carried is not null && span.Open <= 1)
                    speaker = carried;
                if (speaker is null)
                    continue;
                var source = paragraph[sentence.Start.Value..SentenceEnd(sentences, span, paragraph.Length)];
                Add(quotes, span.TextIn(paragraph), speaker, index, source);
                people.Add(index, span.Open, speaker);
                previous = speaker;
            }
            carried = spans.Count > 0 && previous is not null && (spans[^1].OpenEnded || EndsWithQuoteSentence(spans[^1], sentences)) ? previous : null;
        }
        return quotes.ToImmutable();
    }

    private Attributed? Attribute(string paragraph, QuoteSpan span, Range sentence, SpeakerNames names, Func<int, Attributed?> personBefore)
    {
        var start = sentence.Start.Value;
        var before = paragraph[start..span.Open];
        if ((MatchIn(AttributionPatterns.NameBefore(), before, start) ?? MatchIn(AttributionPatterns.NameAndRoleColonBefore(), before, start)
                ?? MatchIn(AttributionPatterns.NameColonBefore(), before, start) ?? MatchIn(AttributionPatterns.InNamesView(), before, start)) is { } named)
            return Named(paragraph, named, names);
        if (AttributionPatterns.PronounBefore().Match(before) is { Success: true } pronoun)
            return personBefore(start + pronoun.Index);
        if (MatchIn(AttributionPatterns.SubjectSaid(), before, start) is { } subject && Named(paragraph, subject, names) is { } sayer)
            return sayer;
        if (AttributionPatterns.PronounSubjectSaid().IsMatch(before))
            return personBefore(start);

        if (!span.OpenEnded && !span.TextIn(paragraph).EndsWith('.'))
        {
            var after = paragraph[span.After..Math.Min(paragraph.Length, span.After + 240)];
            if ((MatchIn(AttributionPatterns.VerbThenName(), after, span.After) ?? MatchIn(AttributionPatterns.NameThenVerb(), after, span.After)) is { } found)
                return Named(paragraph, found, names);
            if (AttributionPatterns.PronounAfter().IsMatch(after))
                return personBefore(span.Open);
        }
        var end = Math.Max(sentence.End.Value, span.After);
        var outside = paragraph[start..span.Open] + new string(' ', span.After - span.Open) + paragraph[span.After..end];
        return MatchIn(AttributionPatterns.AccordingTo(), outside, start) is { } according ? Named(paragraph, according, names) : null;
    }

    private Attributed? Named(string paragraph, (Match Match, int Offset) found, SpeakerNames names)
    {
        var name = found.Match.Groups["name"];
        var appositive = found.Match.Groups["appositive"];
        string? officeRole = null;
        var inCommasFirst = appositive.Success && char.IsUpper(appositive.Value[0]) && names.Canonical(appositive.Value) is not null;
        if (inCommasFirst || names.Canonical(name.Value) is not { } canonical)
        {
            // "Chairman of the Committee, Republican Michael McCaul, told": the name is in the commas.
            if (!appositive.Success || names.Canonical(appositive.Value) is not { } inCommas)
                return null;
            (canonical, officeRole, name) = (inCommas, RoleFinder.Of(paragraph[RoleStart(paragraph, found.Offset + name.Index)..(found.Offset + name.Index + name.Length)]), appositive);
        }
        var start = found.Offset + name.Index;
        var role = officeRole ?? RoleFinder.Of(found.Match.Groups["role"].Value) ?? (name == appositive ? null : RoleFinder.Of(appositive.Value))
                   ?? RoleFinder.Before(paragraph, start) ?? RoleFinder.After(paragraph, start + name.Length) ?? canonical.Entity?.Role;
        return new Attributed(canonical.Name, role);
    }

    private Attributed? IntroSpeaker(string intro, int paragraph, SpeakerNames names, PeopleSeen people)
    {
        var last = SentenceSplitter.Ranges(intro).LastOrDefault(0..intro.Length);
        var sentence = intro[last];
        if (MatchIn(AttributionPatterns.SubjectInCommas(), sentence, last.Start.Value) is { } subject && Named(intro, subject, names) is { } opener)
            return opener;
        if (MatchIn(AttributionPatterns.NameIntroducing(), sentence, last.Start.Value) is { } named && Named(intro, named, names) is { } introducer)
            return introducer;
        if (gazetteer.Find(sentence).FirstOrDefault(match => match.Entity.Kind == EntityKinds.Person) is { Entity: { } known })
            return new Attributed(known.Name, known.Role);
        return Regex.IsMatch(sentence, @"\b[Hh]e\b|\b[Ss]he\b") ? people.LastBefore(paragraph, last.Start.Value) : null;
    }

    /// <summary>Where the office phrase before a name in commas starts: after the last comma, quote or sentence start.</summary>
    private static int RoleStart(string paragraph, int nameStart) =>
        paragraph.LastIndexOfAny([',', '“', '”', '.', ';', ':'], Math.Max(0, nameStart - 1)) + 1;

    /// <summary>People a later pronoun may refer to: known people opening a sentence or introduced with a role, and unknown names introduced with one.</summary>
    private IEnumerable<(int Offset, Attributed Person)> PeopleIn(string paragraph, SpeakerNames names)
    {
        var sentenceStarts = SentenceSplitter.Ranges(paragraph).Select(range => range.Start.Value).ToHashSet();
        var known = gazetteer.Find(paragraph).ToList();
        foreach (var match in known.Where(match => match.Entity.Kind == EntityKinds.Person))
        {
            var role = RoleFinder.Before(paragraph, match.Start);
            if (role is not null || sentenceStarts.Contains(match.Start))
                yield return (match.Start, new Attributed(match.Entity.Name, role ?? match.Entity.Role));
        }
        // Names and known matches both come in text order (known ones never overlap), so one pass finds
        // the known match a name may overlap; testing all of them per name was quadratic in paragraph length.
        var next = 0;
        foreach (Match name in AttributionPatterns.AnyName().Matches(paragraph))
        {
            while (next < known.Count && known[next].End <= name.Index)
                next++;
            if (next < known.Count && known[next].Start < name.Index + name.Length)
                continue;
            var role = RoleFinder.Before(paragraph, name.Index) ?? RoleFinder.After(paragraph, name.Index + name.Length);
            if (role is not null && names.Canonical(name.Value) is { } person)
                yield return (name.Index, new Attributed(person.Name, role));
        }
    }

    private static (Match Match, int Offset)? MatchIn(Regex pattern, string text, int offset)
    {
        var match = pattern.Match(text);
        return match.Success ? (match, offset) : null;
    }

    private static void Add(ImmutableArray<Quote>.Builder quotes, string text, Attributed speaker, int paragraph, string source)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < MinimumWords)
            return;
        // A role given once holds for the speaker's later quotations in the article.
        var role = speaker.Role ?? quotes.FirstOrDefault(quote => quote.Speaker == speaker.Name && quote.Role is not null)?.Role;
        quotes.Add(new Quote(text, speaker.Name, role, paragraph, source.Trim()));
    }

    private static bool IsBlock(string paragraph, List<QuoteSpan> spans) =>
        spans.Count == 0 || (spans.Count == 1 && spans[0].Open <= 1 && spans[0].Close >= paragraph.TrimEnd().Length - 2);

    private static bool StartsSentence(int open, ImmutableArray<Range> sentences) =>
        SentenceHolding(sentences, open) is { } sentence && sentence.Start.Value == open;

    /// <summary>
    /// The sentence whose range holds the offset, found by halving (the ranges are in order and do not
    /// overlap): a scan per quotation was quadratic in paragraph length.
    /// </summary>
    private static Range? SentenceHolding(ImmutableArray<Range> sentences, int offset)
    {
        var (low, high) = (0, sentences.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sentences[middle].End.Value <= offset)
                low = middle + 1;
            else
                high = middle;
        }
        return low < sentences.Length && sentences[low].Start.Value <= offset ? sentences[low] : null;
    }

    private static bool EndsWithQuoteSentence(QuoteSpan last, ImmutableArray<Range> sentences) =>
        sentences.Length > 0 && sentences[^1].Start.Value <= last.Open;

    private static int SentenceEnd(ImmutableArray<Range> sentences, QuoteSpan span, int length) =>
        sentences.FirstOrDefault(range => range.End.Value >= Math.Min(span.After, length), 0..length).End.Value;
}
