using System.Text.Json;
using Briefings.Testing;

namespace Briefings.Typesetting.Tests.NothingLost;

/// <summary>The 655 examples of the CommonMark 0.31.2 spec (CommonMark/README.md says where they come from).</summary>
public static class CommonMarkExamples
{
    public static IReadOnlyList<string> All { get; } = Load();

    private static List<string> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("tests", "Briefings.Typesetting.Tests", "CommonMark", "spec-0.31.2-examples.json")));
        return [.. json.RootElement.EnumerateArray().Select(example => example.GetProperty("markdown").GetString() ?? "")];
    }
}
