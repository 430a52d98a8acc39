using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Briefings.Analysis;
using Briefings.Analysis.Entities;
using Briefings.Corpus;

namespace Briefings.Cache;

/// <summary>
/// The cached values as JSON, by generated code (no reflection). Computed properties (a quote's word
/// count) are left out: they follow from the rest. <see cref="Relaxed"/> writes text as it is (a
/// curly quote as itself, not <c>\u2019</c>): the JSON is only ever read back by this program.
/// </summary>
[JsonSourceGenerationOptions(IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(SeedReading))]
[JsonSerializable(typeof(ArticleAnalysis))]
[JsonSerializable(typeof(ImmutableArray<EntityMention>))]
internal sealed partial class CacheJsonContext : JsonSerializerContext
{
    public static CacheJsonContext Relaxed { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        IgnoreReadOnlyProperties = true,
    });
}
