using Briefings.Definitions.Delivery;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Briefings.Definitions.Yaml;

/// <summary>Reads a recipient scalar and keeps its place, so an entry that is not one address is reported at its own line:column.</summary>
internal sealed class RecipientConverter(string file) : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(Recipient);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var start = parser.Current?.Start ?? Mark.Empty;
        if (!parser.TryConsume<Scalar>(out var scalar))
            throw new YamlException(start, parser.Current?.End ?? start, "a recipient must be one e-mail address, written as a string.");
        return new Recipient(scalar.Value, YamlEvents.Locate(file, scalar.Start));
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        throw new NotSupportedException();
}
