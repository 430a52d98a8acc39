namespace Briefings.Typesetting.Layout;

/// <summary>Content that cannot be laid out, e.g. an element taller than an empty page.</summary>
public sealed class LayoutException(string message) : TypesettingException(message);
