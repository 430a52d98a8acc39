using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Briefings.Corpus;

namespace Briefings.Cli.Json;

/// <summary>
/// The machine-readable outputs, serialized by generated code (no reflection, ready for native AOT).
/// Their shapes are committed as JSON Schemas under schemas/, generated from this context by a test.
/// </summary>
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(ImmutableArray<Article>))]
[JsonSerializable(typeof(ArticleAnalysisJson))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonArray))]
[JsonSerializable(typeof(EntitiesJson))]
[JsonSerializable(typeof(ExplanationJson))]
[JsonSerializable(typeof(DeliveryJson))]
[JsonSerializable(typeof(WatchRoundJson))]
[JsonSerializable(typeof(BuildReportJson))]
public sealed partial class CliJsonContext : JsonSerializerContext;
