using Briefings.Definitions;

namespace Briefings.Composition.Templates;

/// <summary>A template that does not parse or fails while rendering, with the template file and line where known.</summary>
public sealed class TemplateException(SourceLocation? location, string message, Exception? inner = null) : Exception(message, inner)
{
    public SourceLocation? Location { get; } = location;
}
