using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefings.Common;

/// <summary>Writes a <see cref="PartialDate"/> as the string <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PartialDate.Parse(reader.GetString() ?? "") ?? throw new JsonException("a date is YYYY, YYYY-MM or YYYY-MM-DD.");

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
