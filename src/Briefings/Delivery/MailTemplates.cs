using Briefings.Composition;
using Briefings.Composition.Templates;

namespace Briefings.Delivery;

/// <summary>
/// The e-mail's subject and bodies, rendered with Scriban from the brief's facts: the subject from
/// the template string in briefs.yaml, the bodies from <c>templates/&lt;body&gt;.txt.scriban</c>
/// (plain text, not escaped) and <c>&lt;body&gt;.html.scriban</c> (values HTML-escaped).
/// </summary>
public sealed class MailTemplates(string templateFolder)
{
    private const string SubjectName = "the subject";

    private readonly Lazy<TemplateRenderer> _renderer = new(() => new TemplateRenderer(TemplateFolder.Load(templateFolder), TemplateOptions.Default));

    public (string Subject, string Text, string Html) Render(string id, BriefFacts facts, string fileName, string subject, string body)
    {
        var model = new MailModel(id, facts.Title, facts.Subtitle, facts.Label, facts.Marking, facts.Date, facts.KeyPoints, fileName);
        return (
            Render(SubjectName + ".txt" + TemplateFolder.Extension, subject, model, text => text).ReplaceLineEndings(" ").Trim(),
            Render(body + ".txt" + TemplateFolder.Extension, null, model, text => text),
            Render(body + ".html" + TemplateFolder.Extension, null, model, HtmlTextEncoder.Escape));
    }

    /// <param name="source">The template's text, or null to read the named file from the templates folder.</param>
    private string Render(string name, string? source, MailModel model, Func<string, string> encode)
    {
        try
        {
            var renderer = _renderer.Value;
            var display = source is null ? renderer.Folder.DisplayPath(name) : SubjectName;
            if (source is null && renderer.Folder.RefusalOf(name) is { } refusal)
                throw new DeliveryException(refusal);
            if (source is null && !renderer.Folder.TryGetSource(name, out source))
                throw new DeliveryException($"{display}: the e-mail template does not exist.");
            return renderer.Render(renderer.Parse(display, source), TemplateData.From(model), encode);
        }
        catch (TemplateException error)
        {
            throw new DeliveryException(error.Location is { } at ? $"{at}: {error.Message}" : error.Message, error);
        }
    }
}
