using System.Text.RegularExpressions;
using Briefings.Analysis.Quotes;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Briefings.Tests.Analysis.Quotes;

public sealed class SpeechVerbsTests
{
    [Fact]
    public void Inflect_MakesThirdPersonAndPast_WhenTheVerbIsRegular()
    {
        var forms = SpeechVerbs.Inflect(["warn", "reply / replied", "stress"]);

        Assert.Equal(["replied", "replies", "reply", "stressed", "stresses", "warned", "warns"], forms.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Inflect_KeepsTheBareForm_OnlyForIrregularVerbs()
    {
        var forms = SpeechVerbs.Inflect(["say / said", "report"]);

        Assert.Contains("say", forms);
        Assert.DoesNotContain("report", forms);
    }

    [Fact]
    public void Inflect_InflectsTheFirstWord_OfAPhrase()
    {
        var forms = SpeechVerbs.Inflect(["go on to say / went on to say / gone on to say", "point out"]);

        Assert.Superset(new HashSet<string> { "goes on to say", "went on to say", "gone on to say", "pointed out", "points out" }, forms.ToHashSet());
    }

    [Fact]
    public void Forms_HoldTheLexiconsVerbs_WhenLoadedFromTheEmbeddedFile() =>
        Assert.Superset(new HashSet<string> { "said", "told", "tweeted", "insisted", "noted", "warned", "went on to say", "advises", "questioned" }, SpeechVerbs.Forms.ToHashSet());

    [Theory]
    [InlineData("The talks resumed in Doha on Monday.")]
    [InlineData("Saidi, a reporter, Told officials")]
    [InlineData("essays and addresses")]
    public void MayOccurIn_IsFalse_WhenNoRunOfLettersIsAFormsFirstWord(string text) => Assert.False(SpeechVerbs.MayOccurIn(text));

    [Theory]
    [InlineData("He said.")]
    [InlineData("officials, went on to")]
    [InlineData("Mujahid told")]
    public void MayOccurIn_IsTrue_WhenAFormsFirstWordStandsAlone(string text) => Assert.True(SpeechVerbs.MayOccurIn(text));

    /// <summary>The pre-filter may say yes to a text without an attribution, never no to one with a speech verb in it.</summary>
    [Fact]
    public void MayOccurIn_IsTrue_WheneverTheVerbPatternMatchesAfterASpaceOrComma()
    {
        var verb = new Regex(@"(?:^|[\s,\]])" + SpeechVerbs.Pattern + @"\b", RegexOptions.CultureInvariant);
        var texts = Gen.Elements("said", "saidx", "Said", "went", "on", "to", "say", "essay", "told", "told_", "Mujahid", "é", "added", "point", "out", ",", "]", "_", "“", "-", "1")
            .ListOf()
            .Select(words => string.Concat(words.Select((word, i) => i % 3 == 0 ? word : " " + word)));
        Prop.ForAll(texts.ToArbitrary(), text => Assert.True(!verb.IsMatch(text) || SpeechVerbs.MayOccurIn(text), text))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2_000).WithQuietOnSuccess(true));
    }
}
