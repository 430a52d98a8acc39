namespace Briefings.Corpus.Web;

/// <summary>What an extracted block of a page's main text is.</summary>
public enum TextBlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Caption,
}
