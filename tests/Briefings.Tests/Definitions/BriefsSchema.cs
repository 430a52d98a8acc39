using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Briefings.Definitions;
using Briefings.Definitions.Delivery;
using Briefings.Definitions.Sections;
using YamlDotNet.Serialization.NamingConventions;

namespace Briefings.Tests.Definitions;

/// <summary>
/// Generates the JSON Schema of briefs.yaml from the definition types the loader deserializes (their
/// public settable properties, named as YamlDotNet names them, described by their doc comments), so
/// the schema editors use is never written by hand. <c>schemas/briefs.schema.json</c> is its output.
/// </summary>
public static partial class BriefsSchema
{
    public const string CommittedFile = "schemas/briefs.schema.json";

    private static readonly NullabilityInfoContext Nullability = new();

    private static readonly Lazy<XDocument?> Documentation = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "briefings.xml");
        return File.Exists(path) ? XDocument.Load(path) : null;
    });

    public static JsonObject Generate() => new()
    {
        ["$schema"] = "http://json-schema.org/draft-07/schema#",
        ["$id"] = "https://briefings.example.org/schemas/briefs.schema.json",
        ["title"] = "briefs.yaml",
        ["description"] = "The briefs Briefings builds: which articles each selects and which sections it prints. Generated from the definition types by BriefsSchemaTests; do not edit.",
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["seeds"] = Scalar("The folder of articles (.txt, .md), relative to briefs.yaml; default 'seeds'.", nullable: false),
            ["templates"] = Scalar("The folder of Scriban templates and theme.yaml, relative to briefs.yaml; default 'templates'.", nullable: false),
            ["output"] = Scalar("Where the PDFs go, relative to briefs.yaml; default 'out'.", nullable: false),
            ["defaults"] = ObjectOf(typeof(DefaultsDefinition)),
            ["delivery"] = ObjectOf(typeof(DeliveryDefinition)),
            ["briefs"] = new JsonObject
            {
                ["description"] = "The briefs, each built into its own PDF.",
                ["type"] = "array",
                ["minItems"] = 1,
                ["items"] = ObjectOf(typeof(BriefDefinition)),
            },
        },
        ["required"] = new JsonArray("briefs"),
        ["additionalProperties"] = false,
    };

    /// <summary>The YAML key of a property, as the loader's naming convention writes it.</summary>
    public static string Key(PropertyInfo property) => UnderscoredNamingConvention.Instance.Apply(property.Name);

    /// <summary>The properties the loader fills from YAML keys.</summary>
    public static IEnumerable<PropertyInfo> Keys(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanWrite && property.Name != nameof(ILocated.Location));

    private static JsonObject ObjectOf(Type type)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        var empty = Activator.CreateInstance(type);
        foreach (var property in Keys(type))
        {
            var schema = Property(type, property);
            if (Describe(property) is { } description)
                schema["description"] = description;
            properties[Key(property)] = schema;
            // A text the definition starts empty is one the loader refuses to leave empty (an id, a title, a host).
            if (property.PropertyType == typeof(string) && property.GetValue(empty) is "")
                required.Add(Key(property));
        }
        var result = new JsonObject();
        if (Describe(type) is { } summary)
            result["description"] = summary;
        result["type"] = "object";
        result["properties"] = properties;
        if (required.Count > 0)
            result["required"] = required;
        result["additionalProperties"] = false;
        return result;
    }

    private static JsonObject Property(Type owner, PropertyInfo property)
    {
        if (owner == typeof(SmtpDefinition) && property.Name == nameof(SmtpDefinition.Security))
            return new JsonObject { ["enum"] = new JsonArray([.. SmtpSecurity.All.Select(value => JsonValue.Create(value))]) };
        var nullable = Nullability.Create(property).WriteState == NullabilityState.Nullable;
        return Value(property.PropertyType, nullable);
    }

    private static JsonObject Value(Type type, bool nullable)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        nullable |= underlying is not null;
        type = underlying ?? type;
        if (type == typeof(string) || type == typeof(ArticleReference) || type == typeof(Recipient))
            return Scalar(null, nullable);
        if (type == typeof(int))
            return Typed(nullable, "integer");
        if (type == typeof(bool))
            return Typed(nullable, "boolean");
        if (type == typeof(DateOnly))
            return new JsonObject { ["type"] = Types(nullable, "string"), ["pattern"] = @"^\d{4}-\d{2}-\d{2}$" };
        if (type == typeof(BriefLength))
            return new JsonObject { ["type"] = Types(nullable, "string", "integer"), ["pattern"] = @"^\d{1,3}(\s*[-–]\s*\d{1,3})?(\s*[Pp]ages?)?$", ["examples"] = new JsonArray("2-4 pages", "3 pages") };
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
            return new JsonObject { ["type"] = Types(nullable, "array"), ["items"] = Value(type.GetGenericArguments()[0], nullable: false) };
        if (type == typeof(SectionDefinition))
            return Section();
        if (type.Namespace?.StartsWith("Briefings.Definitions", StringComparison.Ordinal) == true)
            return ObjectOf(type);
        throw new InvalidOperationException($"The schema has no form for {type}; add one to {nameof(BriefsSchema)}.");
    }

    /// <summary>A section is a bare kind name or a one-key mapping from the kind to its options.</summary>
    private static JsonObject Section()
    {
        var forms = new JsonArray(new JsonObject { ["enum"] = new JsonArray([.. SectionKinds.Names.Select(name => JsonValue.Create(name))]) });
        foreach (var name in SectionKinds.Names)
        {
            var options = ObjectOf(SectionKinds.Find(name)!);
            options["type"] = Types(nullable: true, "object");
            forms.Add(new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { [name] = options },
                ["required"] = new JsonArray(name),
                ["additionalProperties"] = false,
            });
        }
        return new JsonObject { ["description"] = "A section: a kind name (`- sources`) or a kind with options (`- summary: { sentences: 4 }`).", ["oneOf"] = forms };
    }

    /// <summary>A text value; YAML may write it as a number or a word (`to: 2024`), which the loader reads as text.</summary>
    private static JsonObject Scalar(string? description, bool nullable)
    {
        var schema = new JsonObject();
        if (description is not null)
            schema["description"] = description;
        schema["type"] = Types(nullable, "string", "number", "boolean");
        return schema;
    }

    private static JsonObject Typed(bool nullable, string type) => new() { ["type"] = Types(nullable, type) };

    private static JsonNode Types(bool nullable, params string[] types)
    {
        string[] all = nullable ? [.. types, "null"] : types;
        return all.Length == 1 ? JsonValue.Create(all[0]) : new JsonArray([.. all.Select(type => JsonValue.Create(type))]);
    }

    private static string? Describe(PropertyInfo property) => Summary($"P:{property.DeclaringType!.FullName}.{property.Name}");

    private static string? Describe(Type type) => Summary($"T:{type.FullName}");

    /// <summary>A doc comment's summary as plain text: <c>code</c> kept as `code`, references as their last name.</summary>
    internal static string? Summary(string member)
    {
        var summary = Documentation.Value?.Descendants("member").FirstOrDefault(element => (string?)element.Attribute("name") == member)?.Element("summary");
        if (summary is null)
            return null;
        var text = string.Concat(summary.Nodes().Select(node => node switch
        {
            XText plain => plain.Value,
            XElement { Name.LocalName: "c" } code => $"`{code.Value}`",
            XElement { Name.LocalName: "see" } see => ((string?)see.Attribute("cref") ?? "").Split('.')[^1],
            XElement element => element.Value,
            _ => "",
        }));
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
