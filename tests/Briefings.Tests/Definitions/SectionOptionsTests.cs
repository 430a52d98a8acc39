using Briefings.Definitions;
using Briefings.Definitions.Sections;
using Xunit;

namespace Briefings.Tests.Definitions;

public sealed class SectionOptionsTests
{
    /// <summary>One brief; with a <paramref name="length"/>, its line is line 4 (and the sections move down one).</summary>
    internal static BriefEntry LoadOne(string sections, string select = "{ ids: [some-article] }", string? length = null)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("briefs-").FullName, "briefs.yaml");
        var lengthLine = length is null ? "" : $"    length: {length}\n";
        File.WriteAllText(path, $"""
            briefs:
              - id: one
                title: One

            """ + lengthLine + $"""
                select: {select}
                sections:
            {sections}
            """);
        return Assert.Single(new BriefsFileLoader().Load(path).Briefs);
    }

    [Fact]
    public void Load_ReadsTheAnalysisSectionsAndTheirOptions()
    {
        var entry = LoadOne("""
                  - summary: { sentences: 3, focus: [Hamas, Gaza] }
                  - quotes: { max: 4, speakers: [Mujahid], min_words: 6 }
                  - timeline: { from: 2021-08, to: 2024 }
                  - entities: { top: 5 }
            """, "{ tags: [hamas], mentions: [IEA], since: 2024-01-01, until: 2024-12-31 }");

        var brief = Assert.IsType<LoadedBrief>(entry).Definition;
        Assert.Equal(["Hamas", "Gaza"], ((SummarySectionDefinition)brief.Sections[0]).Focus);
        Assert.Equal((4, 6, "Mujahid"), ((QuotesSectionDefinition)brief.Sections[1]) is var quotes ? (quotes.Max, quotes.MinWords, quotes.Speakers.Single()) : default);
        Assert.Equal(("2021-08", "2024"), ((TimelineSectionDefinition)brief.Sections[2]) is var timeline ? (timeline.FromDate.ToString(), timeline.ToDate.ToString()) : default);
        Assert.Equal(5, ((EntitiesSectionDefinition)brief.Sections[3]).Top);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (brief.Select.Since, brief.Select.Until));
        Assert.Equal(["IEA"], brief.Select.Mentions);
    }

    [Theory]
    [InlineData("      - timeline: { from: August 2021 }", "'from: August 2021' is not a date", 6)]
    [InlineData("      - timeline: { from: 2024, to: 2021 }", "'from: 2024' is after 'to: 2021'", 6)]
    [InlineData("      - quotes: { max: 0 }", "'max' must be between 1 and 100", 6)]
    [InlineData("      - summary: { sentences: 0 }", "'sentences' must be between 1 and 50", 6)]
    [InlineData("      - entities: { top: -1 }", "'top' must be between 1 and 200", 6)]
    [InlineData("      - quotes: { min_words: 20, max_words: 10 }", "'max_words' must be at least 'min_words'", 6)]
    // Line 6 is the section's own line in the file LoadOne writes.
    public void Load_RefusesBadSectionOptions_AtTheirLine(string section, string message, int line)
    {
        var entry = LoadOne(section);

        var error = Assert.IsType<RefusedBrief>(entry).Error;
        Assert.Contains(message, error.Message);
        Assert.Equal(line, error.Location?.Line);
    }
}
