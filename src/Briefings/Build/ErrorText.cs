using Briefings.Composition;
using Briefings.Composition.Templates;
using Briefings.Definitions;

namespace Briefings.Build;

/// <summary>Formats a stage's error as one line: <c>file:line:column: error: message</c>.</summary>
public static class ErrorText
{
    public static string Of(Exception error)
    {
        var location = error switch
        {
            DefinitionException definition => definition.Location,
            CompositionException composition => composition.Location,
            TemplateException template => template.Location,
            _ => null,
        };
        var message = error.Message.ReplaceLineEndings(" ");
        return location is null ? message : $"{location}: {message}";
    }
}
