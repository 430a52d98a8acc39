namespace Briefings.Typesetting.Infrastructure;

/// <summary>
/// The exception family of the typesetting stage. Messages are complete sentences without their place;
/// the place is data (<see cref="Place"/>), so a caller prints it its own way and never parses it out of the text.
/// </summary>
public class TypesettingException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Where the problem is, when it is in something the engine read; null otherwise.</summary>
    public InputPlace? Place { get; init; }

    /// <summary>The message after its place (<c>theme.yaml:2:1: …</c>); a place without a file takes <paramref name="file"/>.</summary>
    public string Located(string? file = null) =>
        Place is null ? (file is null ? Message : $"{file}: {Message}")
        : $"{(Place.File is null && file is not null ? Place with { File = file } : Place)}: {Message}";
}
