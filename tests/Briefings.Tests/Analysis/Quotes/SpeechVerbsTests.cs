using Briefings.Analysis.Quotes;
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
}
