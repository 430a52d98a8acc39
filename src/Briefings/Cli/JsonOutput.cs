using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

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

    /// <summary>The generated serializers in this style, indented: one document per run.</summary>
    public static Json.CliJsonContext Documents { get; } = new(new JsonSerializerOptions(Options));

    /// <summary>The generated serializers in this style on one line: a stream of documents (<c>watch --json</c>).</summary>
    public static Json.CliJsonContext Lines { get; } = new(new JsonSerializerOptions(Options) { WriteIndented = false });

    public static void Write<T>(T value, JsonTypeInfo<T> type) => Console.WriteLine(JsonSerializer.Serialize(value, type));
}
