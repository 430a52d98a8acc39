using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefings.Cli;

/// <summary>The one JSON style of machine-readable output: snake_case keys, indented, readable Unicode.</summary>
public static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(T value) => Console.WriteLine(JsonSerializer.Serialize(value, Options));
}
