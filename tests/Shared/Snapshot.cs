using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Xunit;

namespace Briefings.Testing;

/// <summary>
/// Snapshot assertions in Verify's conventions: the expected text lives in
/// <c>Expectations/&lt;name&gt;.verified.&lt;ext&gt;</c> beside the test project and is committed; on a
/// mismatch the actual text is written to <c>&lt;name&gt;.received.&lt;ext&gt;</c> (git-ignored) and the
/// test fails. Set <c>ACCEPT_SNAPSHOTS=1</c> to accept received text as the new verified text.
/// Volatile values (guids, times, this checkout's path) are scrubbed before comparing.
/// </summary>
public static partial class Snapshot
{
    public const string AcceptVariable = "ACCEPT_SNAPSHOTS";

    public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(ProjectFolder(callerFile), "Expectations");
        Directory.CreateDirectory(folder);
        Compare(Scrub(actual), Path.Combine(folder, $"{name}.verified.{extension}"), Path.Combine(folder, $"{name}.received.{extension}"));
    }

    /// <summary>
    /// A generated file the repository commits outside the test projects (a JSON Schema): it must be
    /// what the generator makes now; the received text is written beside it as <c>&lt;name&gt;.received.&lt;ext&gt;</c>.
    /// Nothing is scrubbed: the file is shipped as it is.
    /// </summary>
    public static void VerifyFile(string actual, string committedPath)
    {
        var extension = Path.GetExtension(committedPath);
        var received = Path.ChangeExtension(committedPath, null) + ".received" + extension;
        Compare(actual.ReplaceLineEndings("\n"), committedPath, received);
    }

    private static void Compare(string text, string verified, string received)
    {
        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == text)
        {
            File.Delete(received);
            return;
        }
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verified, text);
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, text);
        Assert.Fail(expected is null
            ? $"No verified snapshot {Path.GetFileName(verified)} yet; review {received} and rerun with {AcceptVariable}=1 to accept it."
            : $"Snapshot {Path.GetFileName(verified)} differs at line {FirstDifference(expected, text)}; see {received}. Rerun with {AcceptVariable}=1 to accept.");
    }

    public static string Scrub(string text)
    {
        text = text.ReplaceLineEndings("\n");
        text = Guid().Replace(text, "{guid}");
        text = Timestamp().Replace(text, "{timestamp}");
        return text.Replace(RepositoryRoot.Path, "{repo}", StringComparison.Ordinal);
    }

    private static int FirstDifference(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
            if (left[i] != right[i])
                return i + 1;
        return Math.Min(left.Length, right.Length) + 1;
    }

    private static string ProjectFolder(string callerFile)
    {
        for (var folder = Path.GetDirectoryName(callerFile); folder is not null; folder = Path.GetDirectoryName(folder))
            if (Directory.EnumerateFiles(folder, "*.csproj").Any())
                return folder;
        throw new InvalidOperationException($"No test project folder above {callerFile}.");
    }

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")]
    private static partial Regex Timestamp();
}
