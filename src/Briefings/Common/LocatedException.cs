namespace Briefings.Common;

/// <summary>
/// An error in something the user wrote, with where it is as data (<see cref="Location"/>) and the
/// message without it; <see cref="ErrorText"/> prints the two as one <c>file:line:column: message</c> line.
/// Each stage's error family derives from it, so nothing parses a place back out of a message.
/// </summary>
public abstract class LocatedException(SourceLocation? location, string message, Exception? inner = null) : Exception(message, inner)
{
    public SourceLocation? Location { get; } = location;
}
