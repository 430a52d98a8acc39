using System.Text.RegularExpressions;
using Briefings.Analysis.Quotes;
using Briefings.Testing;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Briefings.Tests.Analysis.Quotes;

public sealed class PrioritisedAlternativesTests
{
    private static readonly Regex[] Parts =
    [
        new(@"\b(?<pronoun>[Hh]e|[Ss]he)\b\s+said\b"),
        new(@"(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})(?:,\s+(?<appositive>[^,]{2,30}?),)?\s+(?:said|told)\b"),
        new(@"(?<desc>\b[Tt]he\s+(?:\p{L}+\s+){0,2}?spokesman)\s+said\b"),
    ];

    private static readonly Regex Joined = new(string.Join('|', Parts.Select(part => "(?:" + part + ")")));

    /// <summary>Words that make the alternatives compete for the same positions: names, descriptions, pronouns, verbs, commas.</summary>
    private static Gen<string> Texts =>
        Gen.Elements("He", "he", "She", "said", "told", "the", "The", "spokesman", "Taliban", "Karim", "Nazari", "Lena", "Haddad", ",", ", a lawyer,", "on", "Monday", "“", "”", "x")
            .ListOf()
            .Select(words => string.Join(' ', words));

    [Fact]
    public void Matches_GivesTheJoinedExpressionsMatches_ForAnyText() =>
        Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            var expected = Joined.Matches(text).Select(match => (match.Index, match.Length));
            var found = new PrioritisedAlternatives(_ => true, Parts).Matches(text).Select(match => (match.Index, match.Length));
            Assert.Equal(expected, found);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2_000).WithQuietOnSuccess(true));

    [Fact]
    public void Matches_PrefersTheEarlierAlternative_WhenTwoStartAtTheSamePlace()
    {
        // "He" is both a pronoun and a capitalised word the name alternative takes: the pronoun comes first and wins.
        var match = Assert.Single(new PrioritisedAlternatives(_ => true, Parts).Matches("He said so."));

        Assert.True(match.Groups["pronoun"].Success);
    }

    [Fact]
    public void SpeakerClause_FindsWhatTheJoinedPatternFinds_InEveryDevCorpusParagraph()
    {
        var alternatives = AttributionPatterns.SpeakerClause.Alternatives;
        var joined = new Regex(string.Join('|', alternatives.Select(part => "(?:" + part + ")")), alternatives[0].Options);
        var paragraphs = Directory.GetFiles(RepositoryRoot.File("eval", "corpus-dev", "articles"))
            .SelectMany(file => File.ReadAllText(file).Split("\n\n"))
            .ToList();

        Assert.True(paragraphs.Count > 500);
        foreach (var paragraph in paragraphs)
        {
            var expected = joined.Matches(paragraph).Select(match => (match.Index, match.Length, match.Groups["name"].Value, match.Groups["desc"].Value));
            var found = AttributionPatterns.SpeakerClause.Matches(paragraph).Select(match => (match.Index, match.Length, match.Groups["name"].Value, match.Groups["desc"].Value));
            Assert.Equal(expected, found);
        }
    }
}
