using System.Globalization;
using Briefings.Composition;
using HandlebarsDotNet;

namespace Briefings.Delivery;

/// <summary>
/// The e-mail's subject and bodies, rendered with Handlebars from the brief's facts: the subject
/// from the template string in briefs.yaml, the bodies from <c>templates/&lt;body&gt;.txt.hbs</c>
/// (plain text, not escaped) and <c>&lt;body&gt;.html.hbs</c> (HTML-escaped).
/// </summary>
public sealed class MailTemplates(string templateFolder)
{
    private readonly IHandlebars text = Handlebars.Create(new HandlebarsConfiguration { TextEncoder = null, FormatProvider = CultureInfo.InvariantCulture });
    private readonly IHandlebars html = Handlebars.Create(new HandlebarsConfiguration { FormatProvider = CultureInfo.InvariantCulture });

    public (string Subject, string Text, string Html) Render(string id, BriefFacts facts, string fileName, string subject, string body)
    {
        var data = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["title"] = facts.Title,
            ["subtitle"] = facts.Subtitle,
            ["label"] = facts.Label,
            ["marking"] = facts.Marking,
            ["date"] = facts.Date,
            ["key_points"] = facts.KeyPoints.ToList(),
            ["file_name"] = fileName,
        };
        return (
            Compile(text, subject, "the subject")(data).ReplaceLineEndings(" ").Trim(),
            Compile(text, Read(body + ".txt.hbs"), body + ".txt.hbs")(data),
            Compile(html, Read(body + ".html.hbs"), body + ".html.hbs")(data));
    }

    private string Read(string name)
    {
        var root = Path.GetFullPath(templateFolder) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, name));
        if (!path.StartsWith(root, StringComparison.Ordinal))
            throw new DeliveryException($"the e-mail template '{name}' is outside the templates folder.");
        if (!File.Exists(path))
            throw new DeliveryException($"{path}: the e-mail template does not exist.");
        return File.ReadAllText(path);
    }

    private static Func<object, string> Compile(IHandlebars handlebars, string source, string name)
    {
        try
        {
            var template = handlebars.Compile(source);
            return data =>
            {
                try
                {
                    return template(data);
                }
                catch (HandlebarsException error)
                {
                    throw new DeliveryException($"{name}: {error.Message.Split('\n')[0]}", error);
                }
            };
        }
        catch (HandlebarsException error)
        {
            throw new DeliveryException($"{name}: {error.Message.Split('\n')[0]}", error);
        }
    }
}
