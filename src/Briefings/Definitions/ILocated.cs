using Briefings.Common;

namespace Briefings.Definitions;

/// <summary>A definition that remembers where in the file it was written.</summary>
public interface ILocated
{
    SourceLocation? Location { get; }

    object WithLocation(SourceLocation location);
}
