using Briefings.Corpus;
using Briefings.Testing;
using Xunit;

namespace Briefings.Tests.Corpus;

public sealed class GazetteerReaderTests
{
    private static string Folder(string yaml)
    {
        var folder = Directory.CreateTempSubdirectory("gazetteer-").FullName;
        File.WriteAllText(Path.Combine(folder, GazetteerReader.FileName), yaml);
        return folder;
    }

    [Fact]
    public void Read_KeepsTheGoodEntries_AndWarnsAtTheLineOfABadOne()
    {
        var (gazetteer, warnings) = GazetteerReader.Read(Folder("""
            entities:
              - name: Hamas
                kind: organisation
              - name: Nobody
                kind: place
              - name: Zabihullah Mujahid
                kind: person
                aliases: [Mujahid, "  "]
              - name: [not, a, name]
            """));

        Assert.Equal(["Hamas", "Zabihullah Mujahid"], gazetteer.Entities.Select(entity => entity.Name));
        Assert.Equal(["Mujahid"], gazetteer.Entities[1].Aliases);
        Assert.Collection(warnings,
            warning => Assert.Equal((4, true), (warning.Line!.Value, warning.Message.Contains("kind 'place'", StringComparison.Ordinal))),
            warning => Assert.Equal(9, warning.Line));
    }

    [Theory]
    [InlineData("entities: [")]
    [InlineData("people:\n  - name: Hamas")]
    public void Read_WarnsAndKnowsNobody_WhenTheFileIsUnusable(string yaml)
    {
        var (gazetteer, warnings) = GazetteerReader.Read(Folder(yaml));

        Assert.Empty(gazetteer.Entities);
        Assert.Equal(GazetteerReader.FileName, Assert.Single(warnings).Seed);
    }

    [Fact]
    public void Read_TheRepositoryGazetteer_WithoutAWarning()
    {
        var (gazetteer, warnings) = GazetteerReader.Read(RepositoryRoot.File("seeds"));

        Assert.Empty(warnings);
        Assert.True(gazetteer.Entities.Length >= 25);
    }
}
