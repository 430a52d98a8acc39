using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Composition.Templates;

/// <summary>
/// Resolves <c>{{ include 'name' }}</c> inside the templates folder only: the name is a path inside
/// it without the extension, which is the including template's (<c>sections/summary</c> from a
/// <c>.md.scriban</c> is <c>sections/summary.md.scriban</c>). Absolute paths, <c>..</c>, names the
/// folder lacks and templates linked from outside it are refused at the include.
/// </summary>
internal sealed class TemplateLoader(TemplateFolder folder) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.Replace('\\', '/');
        if (name.Length == 0 || name.StartsWith('/') || Path.IsPathRooted(templateName) || name.Split('/').Any(part => part is ".." or "."))
            throw new ScriptRuntimeException(callerSpan, $"the include '{templateName}' leaves the templates folder; templates may include only templates inside it.");
        var relative = name + ExtensionOf(callerSpan.FileName);
        if (folder.RefusalOf(relative) is { } refusal)
            throw new ScriptRuntimeException(callerSpan, refusal);
        if (!folder.TryGetSource(relative, out _))
            throw new ScriptRuntimeException(callerSpan, $"the include '{templateName}' names no template: {folder.DisplayPath(relative)} does not exist.");
        return folder.DisplayPath(relative);
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        folder.RelativeOf(templatePath) is { } relative && folder.TryGetSource(relative, out var source)
            ? source
            : throw new ScriptRuntimeException(callerSpan, $"{templatePath} is not a template of the templates folder.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>The compound extension of a template file (<c>.md.scriban</c>, <c>.txt.scriban</c>).</summary>
    public static string ExtensionOf(string? file)
    {
        var name = Path.GetFileName(file ?? "");
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? name[dot..] : TemplateFolder.Extension;
    }
}
