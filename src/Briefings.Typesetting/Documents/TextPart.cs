namespace Briefings.Typesetting.Documents;

/// <summary>A piece of a <see cref="PageText"/>, worked out for each page.</summary>
public abstract record TextPart
{
    public abstract string On(int page, int pageCount);

    public static implicit operator TextPart(string text) => new FixedText(text);
}
