using Briefings.Common;

namespace Briefings.Composition.Templates;

/// <summary>A template that does not parse or fails while rendering, with the template file and line where known.</summary>
public sealed class TemplateException(SourceLocation? location, string message, Exception? inner = null) : LocatedException(location, message, inner);
