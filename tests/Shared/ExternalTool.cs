using System.Diagnostics;
using Xunit;

namespace Briefings.Testing;

/// <summary>
/// Runs a command-line tool that some checks need (qpdf, pdftotext, pdffonts, aiosmtpd). Where it is not
/// installed the test is skipped, unless <c>BRIEFINGS_REQUIRE_TOOLS=1</c> (set by .ci/run), which
/// turns the skip into a failure.
/// </summary>
public static class ExternalTool
{
    public const string RequireVariable = "BRIEFINGS_REQUIRE_TOOLS";

    public static string Require(string name, string install = "apt-get install qpdf poppler-utils")
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator)
            .Select(folder => System.IO.Path.Combine(folder, name))
            .FirstOrDefault(System.IO.File.Exists);
        if (path is not null)
            return path;
        var message = $"'{name}' is not installed ({install}).";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
            Assert.Fail(message + $" {RequireVariable}=1 makes this a failure.");
        Assert.Skip(message);
        return "";
    }

    public static (int ExitCode, string Output) Run(string name, params string[] arguments)
    {
        var start = new ProcessStartInfo(Require(name)) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
