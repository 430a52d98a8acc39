namespace Briefings.Build;

/// <summary>A PDF path the build may not write or delete: outside the output folder, through a link, or too long. The message names the path.</summary>
public sealed class OutputPathException(string message) : Exception(message);
