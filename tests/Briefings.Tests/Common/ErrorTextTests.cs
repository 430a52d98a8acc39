using Briefings.Common;
using Briefings.Composition.Templates;
using Briefings.Definitions;
using Briefings.Typesetting.Infrastructure;
using Xunit;

namespace Briefings.Tests.Common;

public sealed class ErrorTextTests
{
    [Fact]
    public void Of_PutsTheLocationBeforeTheMessage_WhenTheErrorIsLocated()
    {
        var error = new TemplateException(new SourceLocation("templates/brief.md.scriban", 12, 3), "unknown function 'fmt'.");

        Assert.Equal("templates/brief.md.scriban:12:3: unknown function 'fmt'.", ErrorText.Of(error));
    }

    [Fact]
    public void Of_IsTheMessageAlone_WhenTheErrorHasNoLocation()
    {
        var error = new DefinitionException(null, "12 briefs share one id.");

        Assert.Equal("12 briefs share one id.", ErrorText.Of(error));
    }

    [Fact]
    public void Of_KeepsTheLocationAsData_WhenTheMessageStartsWithDigits()
    {
        var error = new DefinitionException(new SourceLocation("briefs.yaml", 4, 13), "2024-13-01 is not a date.");

        Assert.Equal((4L, 13L), (error.Location!.Line, error.Location.Column));
        Assert.Equal("briefs.yaml:4:13: 2024-13-01 is not a date.", ErrorText.Of(error));
    }

    [Fact]
    public void Of_PrintsOneLine_WhenTheMessageHasLineBreaks()
    {
        var error = new InvalidOperationException("first\nsecond");

        Assert.Equal("first second", ErrorText.Of(error));
    }

    [Fact]
    public void Of_GivesAPlaceWithoutAFile_TheFileNamed_WhenTheEngineReportsFrontMatter()
    {
        var error = new TypesettingException("the front matter is not valid YAML.") { Place = new InputPlace(null, 3, 9) };

        Assert.Equal("notes.md:3:9: the front matter is not valid YAML.", ErrorText.Of(error, "notes.md"));
    }

    [Fact]
    public void Of_KeepsTheEnginesFile_WhenThePlaceNamesOne()
    {
        var error = new TypesettingException("the theme is not valid YAML.") { Place = new InputPlace("theme.yaml", 2, 1) };

        Assert.Equal("theme.yaml:2:1: the theme is not valid YAML.", ErrorText.Of(error, "notes.md"));
    }
}
