using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Briefings.Delivery;

/// <summary>The delivery ledger's JSON, serialized by generated code (no reflection, ready for native AOT).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(ImmutableList<LedgerEntry>))]
internal sealed partial class LedgerJsonContext : JsonSerializerContext;
