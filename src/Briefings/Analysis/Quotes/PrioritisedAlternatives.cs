using System.Text.RegularExpressions;

namespace Briefings.Analysis.Quotes;

/// <summary>
/// A regular expression of the form <c>A|B|C</c> kept as one expression per alternative. A scan finds the
/// same matches as the single expression would (the leftmost position where any alternative matches, the
/// first alternative in order winning a tie), but each alternative keeps the engine's quick search for the
/// characters it can start with; joined, the alternatives of <see cref="AttributionPatterns.SpeakerClause"/>
/// (a pronoun, a name, a description) could start almost anywhere, and the one expression ran more than
/// twice as long as its three parts together. <paramref name="mayMatch"/> is a cheap test that is false only for
/// texts no alternative can match in (<see cref="SpeechVerbs.MayOccurIn"/>: no speech verb, no speaker clause): those are not scanned.
/// </summary>
internal sealed class PrioritisedAlternatives(Func<string, bool> mayMatch, params Regex[] alternatives)
{
    /// <summary>The alternatives, in order of precedence.</summary>
    public IReadOnlyList<Regex> Alternatives => alternatives;

    /// <summary>The matches, in order and not overlapping, as <see cref="Regex.Matches(string)"/> of <c>A|B|C</c> would give them.</summary>
    public List<Match> Matches(string text)
    {
        var found = new List<Match>();
        if (!mayMatch(text))
            return found;
        var next = new Match?[alternatives.Length];
        var position = 0;
        while (position <= text.Length)
        {
            Match? first = null;
            for (var i = 0; i < alternatives.Length; i++)
            {
                // An alternative's match still ahead stays its next one; one that found nothing finds nothing later either.
                if (next[i] is not { } ahead || (ahead.Success && ahead.Index < position))
                    next[i] = alternatives[i].Match(text, position);
                if (next[i] is { Success: true } match && (first is null || match.Index < first.Index))
                    first = match;
            }
            if (first is null)
                break;
            found.Add(first);
            position = first.Index + Math.Max(1, first.Length);
        }
        return found;
    }
}
