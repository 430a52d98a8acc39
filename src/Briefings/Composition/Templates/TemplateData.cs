using System.Collections;
using System.Reflection;
using YamlDotNet.Serialization.NamingConventions;

namespace Briefings.Composition.Templates;

/// <summary>
/// Converts view-model records into plain dictionaries keyed in snake case, so templates read
/// <c>{{prepared_by}}</c> and see only data, never methods of our types.
/// </summary>
public static class TemplateData
{
    public static object? From(object? value) => value switch
    {
        null => null,
        string or bool or int or long or double or decimal => value,
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IEnumerable items => items.Cast<object?>().Select(From).ToList(),
        _ => value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            .ToDictionary(property => UnderscoredNamingConvention.Instance.Apply(property.Name), property => From(property.GetValue(value))),
    };
}
