namespace Briefings.Composition;

/// <summary>
/// Why a section says one thing: the item as printed, the source and article it comes from, the
/// paragraph (0-based) and the reason it was chosen over the others. <c>explain --sections</c> prints these.
/// </summary>
public sealed record Choice(string Item, int Source, string ArticleId, int Paragraph, string Why) : Templates.ITemplateModel;
