using System.Collections;
using System.Globalization;
using System.Reflection;
using Scriban.Runtime;
using YamlDotNet.Serialization.NamingConventions;

namespace Briefings.Composition.Templates;

/// <summary>
/// Copies view-model records into Scriban <see cref="ScriptObject"/>s and <see cref="ScriptArray"/>s
/// keyed in snake case, so templates read <c>{{ prepared_by }}</c> and see only data, never a .NET
/// object or its methods. Every property becomes a key, null ones too, so a template can test
/// <c>{{ if subtitle }}</c> while a misspelt name is still an error.
/// </summary>
public static class TemplateData
{
    public static ScriptObject From(ITemplateModel model) => ObjectOf(model);

    private static object? Convert(object? value) => value switch
    {
        null => null,
        string or bool or int or long or double or decimal => value,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable items => ArrayOf(items),
        ITemplateModel model => ObjectOf(model),
        // A section without data of its own (sources) has a bare object.
        _ when value.GetType() == typeof(object) => new ScriptObject(),
        _ => throw new ArgumentException($"{value.GetType().Name} reaches a template but is not an {nameof(ITemplateModel)}."),
    };

    private static ScriptArray ArrayOf(IEnumerable items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
            array.Add(Convert(item));
        return array;
    }

    private static ScriptObject ObjectOf(ITemplateModel value)
    {
        var script = new ScriptObject();
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
                script.SetValue(UnderscoredNamingConvention.Instance.Apply(property.Name), Convert(property.GetValue(value)), readOnly: false);
        return script;
    }
}
