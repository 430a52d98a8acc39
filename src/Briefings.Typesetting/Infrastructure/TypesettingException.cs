namespace Briefings.Typesetting.Infrastructure;

/// <summary>The exception family of the typesetting stage; messages are complete sentences.</summary>
public class TypesettingException(string message, Exception? inner = null) : Exception(message, inner);
