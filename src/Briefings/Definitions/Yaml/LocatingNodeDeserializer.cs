using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Briefings.Definitions.Yaml;

/// <summary>Stamps each <see cref="ILocated"/> definition with the place its mapping starts.</summary>
internal sealed class LocatingNodeDeserializer(INodeDeserializer inner, string file) : INodeDeserializer
{
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value, ObjectDeserializer rootDeserializer)
    {
        var start = reader.Current?.Start;
        if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
            return false;
        if (value is ILocated located && start is { } mark)
            value = located.WithLocation(YamlEvents.Locate(file, mark));
        return true;
    }
}
