using Briefings.Common;

namespace Briefings.Composition;

/// <summary>A brief that cannot be composed: an unknown article id, a template error. Location where there is one.</summary>
public sealed class CompositionException(SourceLocation? location, string message, Exception? inner = null) : LocatedException(location, message, inner);
