using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Typesetting.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Briefings.Typesetting.Themes;

/// <summary>
/// Parsers for the values theme.yaml holds. Each returns the value or throws <see cref="FormatException"/>
/// with the reason; the loader adds the file, the position and what the key accepts.
/// </summary>
internal static partial class ThemeValues
{
    public static string Text(YamlNode node) =>
        node is YamlScalarNode { Value: { } value } ? value : throw new FormatException("expected a single value here, not a list or a mapping");

    /// <summary>Points, or a number with a unit: <c>22mm</c>, <c>2.2cm</c>, <c>0.75in</c>, <c>12pt</c>.</summary>
    public static double Length(YamlNode node, double min, double max)
    {
        var text = Text(node).Trim();
        var match = LengthPattern().Match(text);
        if (!match.Success)
            throw new FormatException($"'{text}' is not a length");
        var number = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var points = match.Groups[2].Value.ToLowerInvariant() switch
        {
            "mm" => number * 72 / 25.4,
            "cm" => number * 72 / 2.54,
            "in" => number * 72,
            _ => number,
        };
        return InRange(points, min, max, text);
    }

    public static double Number(YamlNode node, double min, double max)
    {
        var text = Text(node).Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            throw new FormatException($"'{text}' is not a number");
        return InRange(number, min, max, text);
    }

    public static ImmutableArray<double> Numbers(YamlNode node, int maxCount, double min, double max)
    {
        if (node is not YamlSequenceNode list || list.Children.Count is 0 || list.Children.Count > maxCount)
            throw new FormatException($"expected a list of 1 to {maxCount} numbers");
        return [.. list.Children.Select(item => Number(item, min, max))];
    }

    public static bool Flag(YamlNode node) => Text(node).Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        var other => throw new FormatException($"'{other}' is not true or false"),
    };

    /// <summary>A colour as <c>#rrggbb</c>.</summary>
    public static Rgb Color(YamlNode node)
    {
        var text = Text(node).Trim();
        if (!ColorPattern().IsMatch(text))
            throw new FormatException($"'{text}' is not a colour");
        var value = int.Parse(text.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new Rgb((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    public static T OneOf<T>(YamlNode node, IReadOnlyDictionary<string, T> choices)
    {
        var text = Text(node).Trim();
        return choices.FirstOrDefault(choice => string.Equals(choice.Key, text, StringComparison.OrdinalIgnoreCase)) is { Key: not null } found
            ? found.Value
            : throw new FormatException($"'{text}' is not one of the choices");
    }

    public static Size PageSize(YamlNode node) => OneOf(node, new Dictionary<string, Size> { ["A4"] = PageSizes.A4, ["Letter"] = PageSizes.Letter });

    private static double InRange(double value, double min, double max, string text) =>
        value >= min && value <= max && double.IsFinite(value) ? value : throw new FormatException($"'{text}' is out of range");

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)\s*(mm|cm|in|pt)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LengthPattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();
}
