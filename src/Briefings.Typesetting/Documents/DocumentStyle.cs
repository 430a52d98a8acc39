namespace Briefings.Typesetting.Documents;

/// <summary>
/// The caller's house style for a document: its metadata completed from the front matter's other
/// fields, and its page template. <see cref="Plain"/> takes the metadata as read and adds no cover,
/// header or footer.
/// </summary>
public sealed record DocumentStyle(Func<DocumentInfo, DocumentInfo> Metadata, Func<DocumentInfo, PageTemplate> Pages)
{
    public static DocumentStyle Plain { get; } = new(info => info, _ => PageTemplate.Empty);
}
