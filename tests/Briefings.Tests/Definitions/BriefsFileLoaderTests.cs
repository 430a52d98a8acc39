using Briefings.Common;
using Briefings.Definitions;
using Briefings.Definitions.Sections;
using Xunit;

namespace Briefings.Tests.Definitions;

public sealed class BriefsFileLoaderTests
{
    private const string GoodBrief = """
          - id: good
            title: A good brief
            select: { ids: [some-article] }
            sections: [summary, sources]
        """;

    private static string Write(string yaml)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("briefs-").FullName, "briefs.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    private static BriefsFile Load(string yaml) => new BriefsFileLoader().Load(Write(yaml));

    [Fact]
    public void Load_ReadsBriefsSectionsAndDefaults()
    {
        var file = Load($$"""
            defaults:
              marking: SECRET // TEST
            briefs:
            {{GoodBrief}}
              - id: second
                title: Second
                select:
                  keywords: { all: [Hamas], any: [Taliban, Emirate] }
                sections:
                  - summary: { sentences: 3, title: Overview }
            """);

        Assert.Equal("SECRET // TEST", file.Defaults.Marking);
        Assert.Equal(["good", "second"], file.Briefs.Select(entry => entry.Id));
        var summary = Assert.IsType<SummarySectionDefinition>(Assert.IsType<LoadedBrief>(file.Briefs[1]).Definition.Sections[0]);
        Assert.Equal(3, summary.Sentences);
        Assert.Equal("Overview", summary.Title);
        Assert.Equal(new SourceLocation("briefs.yaml", 13, 9), summary.Location);
        Assert.Equal(new SourceLocation("briefs.yaml", 6, 21), Assert.IsType<LoadedBrief>(file.Briefs[0]).Definition.Select.Ids[0].Location);
        Assert.EndsWith(Path.Combine("out"), file.OutputFolder);
    }

    [Fact]
    public void Load_RefusesOnlyTheBriefWithATypoedKey_AtItsLineAndColumn()
    {
        var file = Load($$"""
            briefs:
              - id: typo
                title: Typo
                select: { ids: [x] }
                sectons: [summary]
            {{GoodBrief}}
            """);

        var error = Assert.IsType<RefusedBrief>(file.Briefs[0]).Error;
        Assert.Equal("typo", file.Briefs[0].Id);
        Assert.Equal(new SourceLocation("briefs.yaml", 5, 5), error.Location);
        Assert.Contains("unknown key 'sectons'", error.Message);
        Assert.Contains("sections", error.Message);
        Assert.IsType<LoadedBrief>(file.Briefs[1]);
    }

    [Fact]
    public void Load_RefusesAnUnknownSectionKind_AtItsPlace()
    {
        var file = Load("""
            briefs:
              - id: kinds
                title: Kinds
                select: { ids: [x] }
                sections:
                  - summary
                  - timelin
            """);

        var error = Assert.IsType<RefusedBrief>(file.Briefs[0]).Error;
        Assert.Equal(new SourceLocation("briefs.yaml", 7, 9), error.Location);
        Assert.Contains("unknown section kind 'timelin'", error.Message);
        Assert.Contains("summary", error.Message);
    }

    [Theory]
    [InlineData("title: [a, b]", 3, 12, "expected a plain text value here, not a list or a mapping.")]
    [InlineData("title: T\n    sections:\n      - summary: { sentences: many }", 5, 31, "'many' is not a number.")]
    public void Load_ExplainsAValueOfTheWrongType_WithoutDotNetTypeNames(string field, long line, long column, string message)
    {
        var file = Load($$"""
            briefs:
              - id: wrong-type
                {{field}}
                select: { ids: [x] }
            """);

        var error = Assert.IsType<RefusedBrief>(file.Briefs[0]).Error;
        Assert.Equal(new SourceLocation("briefs.yaml", line, column), error.Location);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("../escape.pdf", "must not contain '..'")]
    [InlineData("/etc/brief.pdf", "is absolute")]
    [InlineData("nul.pdf", "reserved device name")]
    [InlineData("brief.txt", "must end in .pdf")]
    public void Load_RefusesAnOutputPathThatLeavesTheOutputFolder(string output, string reason)
    {
        var file = Load($$"""
            briefs:
              - id: unsafe
                title: Unsafe
                output: "{{output}}"
                select: { ids: [x] }
                sections: [sources]
            """);

        Assert.Contains(reason, Assert.IsType<RefusedBrief>(file.Briefs[0]).Error.Message);
    }

    [Fact]
    public void Load_RefusesTheSecondBriefWithAnIdAlreadyUsed()
    {
        var file = Load($$"""
            briefs:
            {{GoodBrief}}
            {{GoodBrief}}
            """);

        Assert.IsType<LoadedBrief>(file.Briefs[0]);
        Assert.Contains("used twice", Assert.IsType<RefusedBrief>(file.Briefs[1]).Error.Message);
    }

    [Theory]
    [InlineData("briefs:\n  - id: [unclosed\n", 3)]
    [InlineData("briefs:\n  - id: a\n    title: \"unterminated\n", 3)]
    [InlineData("brefs: []\n", 1)]
    [InlineData("briefs: {}\n", 1)]
    [InlineData("", 1)]
    public void Load_RefusesAFileThatIsNotABriefsFile_WithALocation(string yaml, long line)
    {
        var error = Assert.Throws<DefinitionException>(() => Load(yaml));

        Assert.NotNull(error.Location);
        Assert.Equal(line, error.Location.Line);
        Assert.DoesNotContain("Idx:", error.Message);
    }

    [Theory]
    [InlineData("    titel: Typo\n", "unknown key 'titel' in brief (did you mean 'title'?); expected one of: ")]
    [InlineData("    sections: [summery]\n", "unknown section kind 'summery' (did you mean 'summary'?); expected one of: entities, quotes, sources, summary, timeline.")]
    [InlineData("    select: { ids: [x], mentionz: [Hamas] }\n", "unknown key 'mentionz' in selection (did you mean 'mentions'?); expected one of: ")]
    public void Load_SuggestsTheClosestName_WhenAKeyOrSectionKindIsMisspelt(string line, string message)
    {
        var file = Load($$"""
            briefs:
              - id: typo
            {{line}}
            """);

        Assert.StartsWith(message, Assert.IsType<RefusedBrief>(file.Briefs[0]).Error.Message);
        Assert.EndsWith(".", Assert.IsType<RefusedBrief>(file.Briefs[0]).Error.Message);
    }

    [Fact]
    public void Load_SuggestsTheClosestTopLevelKey_WhenOneIsMisspelt()
    {
        var error = Assert.Throws<DefinitionException>(() => Load("seed: seeds\nbriefs: []\n"));

        Assert.Equal("unknown top-level key 'seed' (did you mean 'seeds'?); expected one of: seeds, templates, output, defaults, delivery, briefs.", error.Message);
    }

    [Theory]
    [InlineData("      - timeline: { from: 2021-13 }", 6, 27, "brief 'bad-value', section 'timeline': 'from: 2021-13' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.")]
    [InlineData("      - quotes:\n          max: 500", 7, 16, "brief 'bad-value', section 'quotes': 'max' must be between 1 and 100.")]
    [InlineData("      - sources\n    output: ../up.pdf", 7, 13, "brief 'bad-value': output path '../up.pdf' must not contain '..', '.' or empty parts.")]
    public void Load_PointsAtTheValue_WhenAValueIsRefused(string lines, long line, long column, string message)
    {
        var file = Load($$"""
            briefs:
              - id: bad-value
                title: Bad value
                select: { ids: [x] }
                sections:
            {{lines}}
            """);

        var error = Assert.IsType<RefusedBrief>(file.Briefs[0]).Error;
        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation("briefs.yaml", line, column), error.Location);
    }

    [Fact]
    public void Load_PointsAtTheValue_WhenADeliverySettingIsRefused()
    {
        var error = Assert.Throws<DefinitionException>(() => Load($$"""
            delivery:
              from: desk@example.org
              smtp:
                host: mail.example.org
                security: startls
            briefs:
            {{GoodBrief}}
            """));

        Assert.Equal(new SourceLocation("briefs.yaml", 5, 15), error.Location);
    }
}
