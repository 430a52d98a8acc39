using Briefings.Corpus;
using Xunit;

namespace Briefings.Tests.Corpus;

public sealed class HeaderDateRulesTests
{
    [Theory]
    [InlineData("Published March 3, 2020", "2020-03-03", false)]
    [InlineData("Tuesday, 4 May 2010", "2010-05-04", false)]
    [InlineData("March 2019", "2019-03-01", true)]
    [InlineData("(Last Updated On: January 5, 2017)", "2017-01-05", false)]
    [InlineData("Published: 09 Dec 2020 10:15 AM BdST Updated: 10 Dec 2020 11:00 AM BdST", "2020-12-09", false)]
    [InlineData("Updated: 23-11-2021 03:05 IST", "2021-11-23", false)]
    [InlineData("Wednesday, 07/24/2024", "2024-07-24", false)]
    [InlineData("2022-01-31 08:09:10", "2022-01-31", false)]
    public void Read_GivesThePublicationDate_WhenTheLineIsADateLine(string line, string date, bool monthOnly)
    {
        var header = HeaderDateRules.Read(line);

        Assert.NotNull(header);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), header.Date);
        Assert.Equal(monthOnly, header.MonthOnly);
    }

    [Theory]
    [InlineData("Source: Xinhua| 2020-01-02 10:11:12|Editor: someone", "Xinhua")]
    [InlineData("(Xinhua) 10:11, January 02, 2020", "Xinhua")]
    [InlineData("Reuters | Herat | Updated: 02-01-2020 02:46 IST | Created: 02-01-2020 02:40 IST", "Reuters|Herat")]
    [InlineData("HeratUpdated: Jan 02, 2020, 06:17 PM IST", "Herat")]
    [InlineData("Jane Example Published January 2, 2020 | 11:03 PM", "Jane Example")]
    public void Read_KeepsTheNamesBesideTheDate_WhenTheLineNamesAnAgencyAPlaceOrAnAuthor(string line, string names)
    {
        var header = HeaderDateRules.Read(line);

        Assert.NotNull(header);
        Assert.Equal(new DateOnly(2020, 1, 2), header.Date);
        Assert.Equal(names.Split('|'), header.Names);
    }

    [Fact]
    public void Read_GivesNoDate_WhenTheHeaderHasNoYear()
    {
        var header = HeaderDateRules.Read("Cairo, May 21");

        Assert.NotNull(header);
        Assert.Null(header.Date);
        Assert.Equal(["Cairo"], header.Names);
    }

    [Theory]
    [InlineData("The talks resumed on March 3, 2020 after a long pause in the capital.")]
    [InlineData("Officials met in Doha")]
    public void Read_FindsNoDateLine_WhenTheLineIsASentence(string line) =>
        Assert.Null(HeaderDateRules.Read(line));
}
