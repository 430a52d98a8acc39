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
        return path ?? Missing(name, install);
    }

    /// <summary>A tool that must be this very file (Debian's <c>/usr/bin/python3</c>, not another one on PATH).</summary>
    public static string RequireFile(string path, string install) =>
        System.IO.File.Exists(path) ? path : Missing(path, install);

    private static string Missing(string name, string install)
    {
        var message = $"'{name}' is not installed ({install}).";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
            Assert.Fail(message + $" {RequireVariable}=1 makes this a failure.");
        Assert.Skip(message);
        return "";
    }

    /// <summary>Runs a tool by name (found on PATH, see <see cref="Require"/>) or by a full path already required.</summary>
    public static (int ExitCode, string Output) Run(string name, params string[] arguments)
    {
        var start = new ProcessStartInfo(System.IO.Path.IsPathRooted(name) ? name : Require(name)) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
