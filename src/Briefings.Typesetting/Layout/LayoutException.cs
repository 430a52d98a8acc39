using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout;

/// <summary>Content that cannot be laid out, e.g. an element taller than an empty page.</summary>
internal sealed class LayoutException(string message) : TypesettingException(message);
