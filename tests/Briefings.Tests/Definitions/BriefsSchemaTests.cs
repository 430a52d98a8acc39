using System.Text.Json;
using System.Text.Json.Nodes;
using Briefings.Definitions;
using Briefings.Testing;
using Json.Schema;
using Xunit;

namespace Briefings.Tests.Definitions;

public sealed class BriefsSchemaTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every mapping of briefs.yaml, as valid YAML with <c>{name}</c> where an unknown key can be written into it.</summary>
    private const string EveryMapping = """
        {top}seeds: seeds
        defaults: { {defaults}email: { {defaults.email}to: [a@example.org] } }
        delivery: { {delivery}from: "Desk <desk@example.org>", smtp: { {smtp}host: mail.example.org }, retry: { {retry}attempts: 2 } }
        briefs:
          - { {brief}id: one, title: One, email: { {brief.email}to: [a@example.org] }, select: { {select}mentions: [Hamas], keywords: { {keywords}any: [Hamas] } }, sections: [ { summary: { {summary}sentences: 2 } }, { quotes: { {quotes}max: 2 } }, { timeline: { {timeline}max: 3 } }, { entities: { {entities}top: 3 } }, { sources: { {sources}title: Sources } } ] }
        """;

    private static readonly string[] Mappings = ["top", "defaults", "defaults.email", "delivery", "smtp", "retry", "brief", "brief.email", "select", "keywords", "summary", "quotes", "timeline", "entities", "sources"];

    private static JsonObject Committed() => JsonNode.Parse(File.ReadAllText(RepositoryRoot.File(BriefsSchema.CommittedFile)))!.AsObject();

    /// <summary>Built once: the validator registers a schema by its <c>$id</c> and refuses a second one.</summary>
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryRoot.File(BriefsSchema.CommittedFile))));

    private static EvaluationResults Check(string yaml) =>
        Schema.Value.Evaluate(JsonSerializer.SerializeToElement(YamlAsJson.Convert(yaml)), new EvaluationOptions { OutputFormat = OutputFormat.List });

    [Fact]
    public void Generate_IsTheCommittedSchema_WhenTheDefinitionTypesAreAsTheyAre()
    {
        Snapshot.VerifyFile(BriefsSchema.Generate().ToJsonString(Indented) + "\n", RepositoryRoot.File(BriefsSchema.CommittedFile));
    }

    [Fact]
    public void Schema_AcceptsTheRepositoryBriefsFile()
    {
        var results = Check(File.ReadAllText(RepositoryRoot.File("briefs.yaml")));

        Assert.True(results.IsValid, string.Join("\n", results.Details?.Where(detail => detail.Errors is not null).SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}")) ?? []));
    }

    [Fact]
    public void RepositoryBriefsFile_NamesTheSchema_ForEditors()
    {
        var first = File.ReadLines(RepositoryRoot.File("briefs.yaml")).First();

        Assert.Equal($"# yaml-language-server: $schema={BriefsSchema.CommittedFile}", first);
    }

    [Theory]
    [InlineData("    title: The Islamic Emirate", "    titel: The Islamic Emirate", "a misspelt key")]
    [InlineData("- summary: { sentences: 5,", "- summery: { sentences: 5,", "a misspelt section kind")]
    [InlineData("sentences: 5,", "sentences: many,", "a word where a number goes")]
    [InlineData("      mentions: [Hamas]\n", "      mentions: [Hamas]\n      since: 2024-13\n", "a date that is no date")]
    public void Schema_RejectsTheRepositoryBriefsFile_WhenItHasATypo(string written, string typo, string what)
    {
        var original = File.ReadAllText(RepositoryRoot.File("briefs.yaml"));
        var yaml = original.Replace(written, typo, StringComparison.Ordinal);

        Assert.NotEqual(original, yaml);
        Assert.False(Check(yaml).IsValid, what);
    }

    [Theory]
    [MemberData(nameof(MappingNames))]
    public void Schema_ListsEveryKeyTheLoaderAccepts_InEachMapping(string mapping)
    {
        var yaml = Mappings.Aggregate(EveryMapping, (text, name) => text.Replace($"{{{name}}}", name == mapping ? (name == "top" ? "zzz: 1\n" : "zzz: 1, ") : "", StringComparison.Ordinal));
        var path = Path.Combine(Directory.CreateTempSubdirectory("schema-").FullName, "briefs.yaml");
        File.WriteAllText(path, yaml);

        string message;
        try
        {
            message = Assert.IsType<RefusedBrief>(new BriefsFileLoader().Load(path).Briefs[0]).Error.Message;
        }
        catch (DefinitionException error)
        {
            message = error.Message;
        }

        var accepted = message[(message.IndexOf("expected one of: ", StringComparison.Ordinal) + "expected one of: ".Length)..].TrimEnd('.').Split(", ");
        Assert.Contains("unknown", message);
        Assert.Equal(accepted.Order(StringComparer.Ordinal), SchemaKeys(mapping).Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> MappingNames() => [.. Mappings];

    private static IEnumerable<string> SchemaKeys(string mapping)
    {
        var root = Committed()["properties"]!;
        var brief = root["briefs"]!["items"]!["properties"]!;
        JsonNode Section(string kind) => root["briefs"]!["items"]!["properties"]!["sections"]!["items"]!["oneOf"]!.AsArray()
            .Single(form => form!["properties"]?[kind] is not null)!["properties"]![kind]!["properties"]!;
        var properties = mapping switch
        {
            "top" => root,
            "defaults" => root["defaults"]!["properties"]!,
            "defaults.email" => root["defaults"]!["properties"]!["email"]!["properties"]!,
            "delivery" => root["delivery"]!["properties"]!,
            "smtp" => root["delivery"]!["properties"]!["smtp"]!["properties"]!,
            "retry" => root["delivery"]!["properties"]!["retry"]!["properties"]!,
            "brief" => brief,
            "brief.email" => brief["email"]!["properties"]!,
            "select" => brief["select"]!["properties"]!,
            "keywords" => brief["select"]!["properties"]!["keywords"]!["properties"]!,
            _ => Section(mapping),
        };
        return properties.AsObject().Select(pair => pair.Key);
    }
}
