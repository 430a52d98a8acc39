using Briefings.Common;

namespace Briefings.Definitions;

/// <summary>A definition the program refuses, with where it was written and why.</summary>
public sealed class DefinitionException(SourceLocation? location, string message) : LocatedException(location, message)
{
    public override string ToString() => Location is null ? $"error: {Message}" : $"{Location}: error: {Message}";
}
