using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Foundation.Yaml;

/// <summary>Reads a YAML text holding one document (front matter) through a reader of its top node.</summary>
public static class YamlDocument
{
    /// <returns>The document's value, or null for an empty text.</returns>
    public static T? Read<T>(string yaml, Func<IParser, T?> read) where T : class
    {
        IParser parser = new AliasExpandingParser(new GuardedParser(new Parser(new StringReader(yaml))));
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _))
            return null;
        parser.Consume<DocumentStart>();
        var value = read(parser);
        parser.Consume<DocumentEnd>();
        return value;
    }
}
