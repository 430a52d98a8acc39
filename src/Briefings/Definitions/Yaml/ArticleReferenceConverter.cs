using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Briefings.Definitions.Yaml;

/// <summary>Reads an article id scalar and keeps its place, so an unknown id can be reported there.</summary>
internal sealed class ArticleReferenceConverter(string file) : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(ArticleReference);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var start = parser.Current?.Start ?? Mark.Empty;
        if (!parser.TryConsume<Scalar>(out var scalar))
            throw new YamlException(start, parser.Current?.End ?? start, "an article id must be a plain string.");
        return new ArticleReference(scalar.Value, YamlEvents.Locate(file, scalar.Start));
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        throw new NotSupportedException();
}
