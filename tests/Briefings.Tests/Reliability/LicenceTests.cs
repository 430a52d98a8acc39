using Briefings.Cli;
using Briefings.Tests.Build;
using Xunit;

namespace Briefings.Tests.Reliability;

public sealed class LicenceTests
{
    [Fact]
    public void AMissingCommercialLicenceFile_IsRefusedOnce_BeforeAnythingIsBuilt()
    {
        var folder = new BuildFolder();
        var missing = Path.Combine(folder.Root, "no-such-licence.xml");

        var run = BriefingsRun.Run(folder, ["build", folder.BriefsFile], new Dictionary<string, string> { [Program.LicenceVariable] = missing });

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal($"briefings: {Program.LicenceVariable} names {missing}, which does not exist.", run.Error.Trim());
        Assert.False(Directory.Exists(folder.Output("")));
    }

    [Fact]
    public void AnUnreadableCommercialLicence_FailsEachBriefWithTheReason_AndWritesNoPdf()
    {
        var folder = new BuildFolder();
        var licence = Path.Combine(folder.Root, "licence.xml");
        File.WriteAllText(licence, "not a licence");

        var run = BriefingsRun.Run(folder, ["build", folder.BriefsFile], new Dictionary<string, string> { [Program.LicenceVariable] = licence });

        Assert.Equal(ExitCodes.SomeBriefsFailed, run.ExitCode);
        Assert.Contains($"{licence}: the commercial PDFsharp licence could not be loaded", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(folder.Output("")) ? Directory.GetFiles(folder.Output(""), "*.pdf") : []);
    }
}
