using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Foundation.Yaml;

/// <summary>
/// Reads one value from a YAML event stream into a .NET value, as YamlDotNet's deserializer did, but
/// without reflection (so the native build reads YAML too). YAML's null (an empty plain value, <c>~</c>,
/// <c>null</c>) reads as null; a value of the wrong kind is a <see cref="YamlException"/> at its place,
/// in the user's words.
/// </summary>
public static partial class YamlValues
{
    public static string? Text(IParser parser) => SingleValue(parser, "a plain text value") is { } scalar && !IsNull(scalar) ? scalar.Value : null;

    public static int? Integer(IParser parser)
    {
        if (SingleValue(parser, "a whole number") is not { } scalar || IsNull(scalar))
            return null;
        return int.TryParse(scalar.Value.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new YamlException(scalar.Start, scalar.End, $"'{scalar.Value}' is not a number.");
    }

    public static bool? Flag(IParser parser)
    {
        if (SingleValue(parser, "true or false") is not { } scalar || IsNull(scalar))
            return null;
        return True().IsMatch(scalar.Value) ? true
            : False().IsMatch(scalar.Value) ? false
            : throw new YamlException(scalar.Start, scalar.End, $"'{scalar.Value}' is not true or false.");
    }

    /// <summary>A list whose items <paramref name="item"/> reads; null for YAML's null.</summary>
    public static List<T>? List<T>(IParser parser, Func<IParser, T> item)
    {
        if (parser.Current is Scalar scalar)
        {
            parser.MoveNext();
            return IsNull(scalar) ? null : throw Mismatch(scalar, Kind.List);
        }
        if (parser.Current is not SequenceStart)
            throw Mismatch(parser.Current, Kind.List);
        parser.MoveNext();
        var items = new List<T>();
        while (!parser.TryConsume<SequenceEnd>(out _))
            items.Add(item(parser));
        return items;
    }

    /// <summary>A list of plain text values; null items are dropped.</summary>
    public static List<string>? Texts(IParser parser) => List(parser, Text)?.OfType<string>().ToList();

    /// <summary>The scalar at the parser, consumed; a list or mapping there is refused as not <paramref name="expected"/>.</summary>
    public static Scalar? SingleValue(IParser parser, string expected)
    {
        if (parser.Current is Scalar scalar)
        {
            parser.MoveNext();
            return scalar;
        }
        var start = parser.Current;
        throw new YamlException(start?.Start ?? Mark.Empty, start?.End ?? Mark.Empty, $"expected {expected} here, not a list or a mapping.");
    }

    /// <summary>YAML's null: the <c>!!null</c> tag, or a plain empty value, <c>~</c> or <c>null</c>.</summary>
    public static bool IsNull(Scalar scalar) =>
        (!scalar.Tag.IsNonSpecific && !scalar.Tag.IsEmpty && scalar.Tag.Value == "tag:yaml.org,2002:null")
        || (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL");

    /// <summary>A node of the wrong kind, described in the words of a YAML file.</summary>
    public static YamlException Mismatch(ParsingEvent? found, Kind expected)
    {
        var what = found switch
        {
            Scalar => "a text value",
            SequenceStart => Describe(Kind.List),
            MappingStart => Describe(Kind.Mapping),
            _ => "nothing",
        };
        return new YamlException(found?.Start ?? Mark.Empty, found?.End ?? Mark.Empty, $"expected {Describe(expected)} here, not {what}.");
    }

    private static string Describe(Kind kind) => kind == Kind.List ? "a list (`[a, b]` or lines starting `- `)" : "a mapping (`key: value` lines)";

    /// <summary>The kinds of node a value can need.</summary>
    public enum Kind
    {
        List,
        Mapping,
    }

    [GeneratedRegex("^(true|y|yes|on)$", RegexOptions.IgnoreCase)]
    private static partial Regex True();

    [GeneratedRegex("^(false|n|no|off)$", RegexOptions.IgnoreCase)]
    private static partial Regex False();
}
