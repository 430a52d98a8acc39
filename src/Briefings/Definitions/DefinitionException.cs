using Briefings.Common;

namespace Briefings.Definitions;

/// <summary>A definition the program refuses, with where it was written and why.</summary>
public sealed class DefinitionException(SourceLocation? location, string message) : LocatedException(location, message)
{
    /// <summary>
    /// The key, inside the mapping at <see cref="LocatedException.Location"/>, whose value is wrong: the loader then
    /// reports the value's own line:column rather than the mapping's.
    /// </summary>
    public string? Key { get; init; }

    public override string ToString() => Location is null ? $"error: {Message}" : $"{Location}: error: {Message}";
}
