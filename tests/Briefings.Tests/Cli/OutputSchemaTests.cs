using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Briefings.Cli;
using Briefings.Testing;
using Briefings.Tests.Build;
using Briefings.Tests.Definitions;
using Briefings.Tests.Reliability;
using Json.Schema;
using Xunit;

namespace Briefings.Tests.Cli;

/// <summary>
/// Each <c>--json</c> output has a documented, stable shape: a JSON Schema under schemas/ generated
/// from the output's type (every key always present, no other), and what the built program prints
/// conforms to it.
/// </summary>
public sealed class OutputSchemaTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Lazy<BuildFolder> Project = new(() =>
    {
        var folder = new BuildFolder(ownSeeds: true);
        Assert.Equal(ExitCodes.Success, BriefingsRun.Build(folder).ExitCode);
        return folder;
    });

    public static TheoryData<string> Outputs() => ["article", "articles", "articles-analysis", "entities", "explain", "email", "watch", "build"];

    private static JsonTypeInfo TypeOf(string output) => output switch
    {
        "article" => JsonOutput.Documents.Article,
        "articles" => JsonOutput.Documents.ImmutableArrayArticle,
        "entities" => JsonOutput.Documents.EntitiesJson,
        "explain" => JsonOutput.Documents.ExplanationJson,
        "email" => JsonOutput.Documents.DeliveryJson,
        "watch" => JsonOutput.Documents.WatchRoundJson,
        _ => JsonOutput.Documents.BuildReportJson,
    };

    private static readonly Dictionary<string, string> Commands = new()
    {
        ["article"] = "show --json",
        ["articles"] = "articles --json",
        ["articles-analysis"] = "articles --json --analysis",
        ["entities"] = "entities --json",
        ["explain"] = "explain --json",
        ["email"] = "email --json",
        ["watch"] = "watch --json (one line per build)",
        ["build"] = "build --json",
    };

    private static JsonNode Generate(string output)
    {
        var schema = output == "articles-analysis" ? AnalysedArticles() : Shape(TypeOf(output));
        schema.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.Insert(1, "title", $"briefings {Commands[output]}");
        return schema;
    }

    /// <summary>An array of articles, each with the keys of <c>show --json</c> and those the analysis adds.</summary>
    private static JsonObject AnalysedArticles()
    {
        var article = Shape(JsonOutput.Documents.Article);
        var analysis = Shape(JsonOutput.Documents.ArticleAnalysisJson);
        var properties = article["properties"]!.AsObject();
        foreach (var (key, value) in analysis["properties"]!.AsObject().ToList())
            properties[key] = value!.DeepClone();
        var required = article["required"]!.AsArray();
        foreach (var key in analysis["required"]!.AsArray())
            required.Add(key!.DeepClone());
        article["description"] = $"{article["description"]} With --analysis: {analysis["description"]}";
        return new JsonObject { ["type"] = "array", ["items"] = article };
    }

    private static JsonObject Shape(JsonTypeInfo type)
    {
        return type.GetJsonSchemaAsNode(new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                // A status is one of a closed set of words, which the schema lists.
                if (context.PropertyInfo is { Name: "status" } status && node is JsonObject word)
                    word["enum"] = new JsonArray([.. (status.DeclaringType == typeof(Briefings.Cli.Json.DeliveryJson.Message)
                        ? Enum.GetNames<Briefings.Delivery.DeliveryStatus>().Select(JsonNamingPolicy.SnakeCaseLower.ConvertName)
                        : Enum.GetNames<Briefings.Build.BriefStatus>().Select(name => name.ToLowerInvariant())).Select(name => JsonValue.Create(name))]);
                if (node is JsonObject { } shape && shape["properties"] is JsonObject properties)
                {
                    // Every key is always written, but one the type leaves out when it holds its default (`is_summary`).
                    var optional = context.TypeInfo.Properties
                        .Where(property => property.AttributeProvider?.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), true).Length > 0)
                        .Select(property => property.Name).ToHashSet(StringComparer.Ordinal);
                    shape["required"] = new JsonArray([.. properties.Where(pair => !optional.Contains(pair.Key)).Select(pair => JsonValue.Create(pair.Key))]);
                    shape["additionalProperties"] = false;
                    if (context.PropertyInfo is null && BriefsSchema.Summary($"T:{context.TypeInfo.Type.FullName?.Replace('+', '.')}") is { } summary)
                        shape.Insert(0, "description", summary);
                }
                return node;
            },
        }).AsObject();
    }

    private static string SchemaFile(string output) => RepositoryRoot.File("schemas", $"{output}.schema.json");

    private static readonly Dictionary<string, JsonSchema> Built = [];

    private static void AssertConforms(string output, string json)
    {
        JsonSchema schema;
        lock (Built)
            if (!Built.TryGetValue(output, out schema!))
                Built[output] = schema = JsonSchema.FromText(File.ReadAllText(SchemaFile(output)), baseUri: new Uri($"https://briefings.example.org/schemas/{output}"));
        var results = schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, $"{output}: " + string.Join("\n", results.Details?.Where(detail => detail.Errors is not null).SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}")) ?? []));
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Schema_IsTheCommittedOne_WhenTheOutputTypesAreAsTheyAre(string output)
    {
        Snapshot.VerifyFile(Generate(output).ToJsonString(Indented) + "\n", SchemaFile(output));
    }

    [Theory]
    [InlineData("article", "show talibans-fm-hamas-political-bureau-chief-discuss-gaza --json")]
    [InlineData("articles", "articles --json")]
    [InlineData("articles-analysis", "articles --json --analysis")]
    [InlineData("entities", "entities --json --candidates 5")]
    [InlineData("explain", "explain emirate-and-hamas --sections --json")]
    [InlineData("build", "build briefs.yaml --json")]
    [InlineData("email", "email briefs.yaml --dry-run --json")]
    public void JsonOutput_ConformsToItsSchema_ThroughTheProgram(string output, string line)
    {
        var run = BriefingsRun.Run(Project.Value, line.Split(' '));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        AssertConforms(output, run.Output);
    }

    [Fact]
    public void ExplainJson_NumbersTheSelectedArticlesAsSources()
    {
        var run = BriefingsRun.Run(Project.Value, ["explain", "emirate-and-hamas", "--json"]);

        var explanation = JsonNode.Parse(run.Output)!;
        var sources = explanation["articles"]!.AsArray().Where(article => (bool)article!["selected"]!).Select(article => (int)article!["source"]!).ToList();
        Assert.Equal((int)explanation["selected_count"]!, sources.Count);
        Assert.Equal(Enumerable.Range(1, sources.Count), sources);
        Assert.Empty(explanation["sections"]!.AsArray());
    }

    [Fact]
    public void EmailJson_SaysWhatWasSentAndWhatWasSkipped_OnASecondRun()
    {
        var folder = new BuildFolder(ownSeeds: true);
        Assert.Equal(ExitCodes.Success, BriefingsRun.Build(folder).ExitCode);

        var first = JsonNode.Parse(BriefingsRun.Run(folder, ["email", "briefs.yaml", "--json"]).Output)!;
        var second = BriefingsRun.Run(folder, ["email", "briefs.yaml", "--json"]);

        Assert.All(first["messages"]!.AsArray(), message => Assert.Equal("sent", (string)message!["status"]!));
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        AssertConforms("email", second.Output);
        Assert.All(JsonNode.Parse(second.Output)!["messages"]!.AsArray(), message => Assert.Equal("already_sent", (string)message!["status"]!));
    }

    [Fact]
    public void WatchJson_PrintsOneLinePerBuild_WithTheChangedFile()
    {
        var folder = new BuildFolder(ownSeeds: true);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "briefings.dll"), "watch", "briefs.yaml", "--debounce", "150", "--json" },
            WorkingDirectory = folder.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        using var watch = Process.Start(start)!;
        try
        {
            var first = watch.StandardOutput.ReadLine()!;
            var seed = folder.Seed("003_1383fc75b628ea80.txt");
            File.WriteAllText(seed, File.ReadAllText(seed).Replace("were not disclosed", "were kept private", StringComparison.Ordinal));
            var second = watch.StandardOutput.ReadLine()!;
            using (var interrupt = Process.Start("kill", ["-INT", watch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                interrupt.WaitForExit();
            Assert.True(watch.WaitForExit(TimeSpan.FromMinutes(1)));

            AssertConforms("watch", first);
            AssertConforms("watch", second);
            Assert.Equal(1, (int)JsonNode.Parse(first)!["round"]!);
            Assert.Null(JsonNode.Parse(first)!["changed"]);
            Assert.Equal(2, (int)JsonNode.Parse(second)!["round"]!);
            Assert.StartsWith("seeds", (string)JsonNode.Parse(second)!["changed"]!);
            Assert.Contains(JsonNode.Parse(second)!["briefs"]!.AsArray(), brief => (string)brief!["status"]! == "built");
            Assert.Equal("", watch.StandardOutput.ReadToEnd());
            Assert.Equal(0, watch.ExitCode);
        }
        finally
        {
            if (!watch.HasExited)
                watch.Kill(entireProcessTree: true);
        }
    }
}
