using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Briefings.Definitions.Yaml;

/// <summary>Reads a brief's <c>length</c> scalar; a value that is no length is refused at its own line and column.</summary>
internal sealed class BriefLengthConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(BriefLength);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var start = parser.Current?.Start ?? Mark.Empty;
        if (!parser.TryConsume<Scalar>(out var scalar))
            throw new YamlException(start, parser.Current?.End ?? start, "'length' must be a number of pages such as '3 pages' or '2-4 pages'.");
        var (length, problem) = BriefLength.Parse(scalar.Value);
        return length ?? throw new YamlException(scalar.Start, scalar.End, problem + ".");
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        throw new NotSupportedException();
}
