using System.Globalization;
using Briefings.Foundation.Yaml;
using YamlDotNet.Core;

namespace Briefings.Definitions.Yaml;

/// <summary>Reads dates written as YYYY-MM-DD (catalog, front matter of a seed).</summary>
internal static class IsoDate
{
    public static DateOnly? Read(IParser parser)
    {
        if (YamlValues.SingleValue(parser, "a date") is not { } scalar || YamlValues.IsNull(scalar))
            return null;
        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new YamlException(scalar.Start, scalar.End, $"'{scalar.Value}' is not a date; write it as YYYY-MM-DD");
    }
}
