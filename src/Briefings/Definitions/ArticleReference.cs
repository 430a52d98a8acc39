using Briefings.Common;

namespace Briefings.Definitions;

/// <summary>An article id as written in a selection, with its place in the file.</summary>
public sealed record ArticleReference(string Id, SourceLocation? Location);
