using Briefings.Common;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Briefings.Definitions.Yaml;

/// <summary>
/// Reads a scalar into a value that keeps its place (an article id, a recipient), so a mistake found
/// in it later (an unknown id, two addresses in one entry) is reported at its own line:column.
/// </summary>
internal sealed class LocatedScalarConverter<T>(string file, string refusal, Func<string, SourceLocation, T> create) : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(T);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var start = parser.Current?.Start ?? Mark.Empty;
        if (!parser.TryConsume<Scalar>(out var scalar))
            throw new YamlException(start, parser.Current?.End ?? start, refusal);
        return create(scalar.Value, YamlEvents.Locate(file, scalar.Start));
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        throw new NotSupportedException();
}
