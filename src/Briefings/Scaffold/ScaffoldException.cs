namespace Briefings.Scaffold;

/// <summary>A new project that cannot be created where asked (something is already there, or the folder cannot be written).</summary>
public sealed class ScaffoldException(string message) : Exception(message);
