using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Tests.Definitions;

/// <summary>
/// A YAML document as the JSON an editor's schema check sees (YAML 1.2's core schema): plain
/// <c>true</c>/<c>false</c>, numbers and <c>null</c>/<c>~</c>/nothing are typed, everything else is text.
/// </summary>
public static partial class YamlAsJson
{
    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Node(stream.Documents[0].RootNode);
    }

    private static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair =>
            KeyValuePair.Create(((YamlScalarNode)pair.Key).Value ?? "", Node(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Node)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
            return JsonValue.Create(text);
        if (text is "" or "~" or "null")
            return null;
        if (text is "true" or "false")
            return JsonValue.Create(text == "true");
        if (Integer().IsMatch(text))
            return JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture));
        if (Real().IsMatch(text))
            return JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture));
        return JsonValue.Create(text);
    }

    [GeneratedRegex(@"^[-+]?\d+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?$")]
    private static partial Regex Real();
}
