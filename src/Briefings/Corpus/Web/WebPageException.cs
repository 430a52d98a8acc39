namespace Briefings.Corpus.Web;

/// <summary>A page or feed that cannot be read as one; the message says why, without the file name.</summary>
public sealed class WebPageException(string message) : Exception(message);
