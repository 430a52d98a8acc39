using System.Text.Json.Serialization;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Definitions.Sections;

namespace Briefings.Build;

/// <summary>
/// The build's JSON, serialized by generated code (no reflection, ready for native AOT): the manifest,
/// and the definitions and articles a brief's fingerprint is taken over.
/// </summary>
[JsonSerializable(typeof(BuildManifest))]
[JsonSerializable(typeof(BriefDefinition))]
[JsonSerializable(typeof(DefaultsDefinition))]
[JsonSerializable(typeof(SummarySectionDefinition))]
[JsonSerializable(typeof(SourcesSectionDefinition))]
[JsonSerializable(typeof(QuotesSectionDefinition))]
[JsonSerializable(typeof(EntitiesSectionDefinition))]
[JsonSerializable(typeof(TimelineSectionDefinition))]
[JsonSerializable(typeof(Article))]
internal sealed partial class BuildJsonContext : JsonSerializerContext;
