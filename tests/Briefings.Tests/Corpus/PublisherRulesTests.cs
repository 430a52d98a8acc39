using Briefings.Corpus;
using Xunit;

namespace Briefings.Tests.Corpus;

public sealed class PublisherRulesTests
{
    [Theory]
    [InlineData("AP", "Associated Press")]
    [InlineData("TASS", "TASS")]
    [InlineData("Tasnim", "Tasnim News Agency")]
    [InlineData("ExampleNews / Partner Wire - 1st Jan, 2024", "ExampleNews")]
    [InlineData("KXAN", "KXAN")]
    public void FromTag_GivesTheCanonicalName_WhenTheTagNamesAPublisher(string tag, string publisher) =>
        Assert.Equal(publisher, PublisherRules.FromTag(tag));

    [Theory]
    [InlineData("SOURCE: BBC", "BBC")]
    [InlineData("Original Source: Dawn", "Dawn")]
    [InlineData("Source of the figures: officials", null)]
    public void FromSourceLine_NamesThePublisher_WhenTheLineIsASourceLine(string line, string? publisher) =>
        Assert.Equal(publisher, PublisherRules.FromSourceLine(line));

    [Theory]
    [InlineData("“We will talk,” the envoy told Dawn by phone.", "Dawn")]
    [InlineData("In an exclusive interview with the Tasnim News Agency, he said so.", "Tasnim News Agency")]
    [InlineData("A second official told The Times of Israel.", "The Times of Israel")]
    [InlineData("The spokesman had told TOLO News: \"No women will be ministers.\"", null)]
    [InlineData("The spokesman told reporters that the talks would resume.", null)]
    public void FromInterview_NamesTheOutletTheStoryWasTold_ButNotAnotherOutletsEarlierInterview(string paragraph, string? publisher) =>
        Assert.Equal(publisher, PublisherRules.FromInterview(paragraph));

    [Theory]
    [InlineData("About Example Daily | Join Us | Contact Us", "Example Daily")]
    [InlineData("Copyright © 2021 Example Daily Online. All Rights Reserved.", "Example Daily Online")]
    [InlineData("(Copyright 2013 The Associated Press. All rights reserved.)", "Associated Press")]
    [InlineData("Published in Dawn, June 22th, 2019", "Dawn")]
    [InlineData("Joe Sample is an analyst | FDD's Long War Journal", "FDD's Long War Journal")]
    [InlineData("This piece is part of the Brookings series on women.", "Brookings")]
    public void FromFurniture_NamesThePublisher_WhenTheFurnitureLineDoes(string line, string publisher) =>
        Assert.Equal(publisher, PublisherRules.FromFurniture(line));
}
