using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefings.Composition.Templates;

/// <summary>
/// A Scriban context that encodes every value a template writes (<c>{{ x }}</c>) for the output's
/// language, as HTML templates escape for HTML: the template's own text passes
/// unchanged, and <see cref="TrustedText"/> from our functions is not encoded twice.
/// </summary>
internal sealed class EncodingTemplateContext(ScriptObject builtins, Func<string, string> encode) : TemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, textAsObject is TrustedText trusted ? trusted.Text : encode(ObjectToString(textAsObject) ?? ""));
}
