namespace Briefings.Foundation.Files;

/// <summary>
/// One entry found under a folder: a regular file that may be read, or why it may not
/// (<see cref="Problem"/>, a phrase); <see cref="IsFolder"/> when what was not read is a folder.
/// </summary>
public sealed record FolderEntry(string Name, ConfinedFile? File, string? Problem, bool IsFolder = false);
