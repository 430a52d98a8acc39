namespace Briefings.Typesetting.Infrastructure;

/// <summary>Reads the images a document refers to; implemented at the PDF edge, which can decode them.</summary>
internal interface IImageLoader
{
    /// <summary>The image at <paramref name="reference"/> (a Markdown image URL), or why it cannot be used.</summary>
    (LoadedImage? Image, string? Problem) Load(string reference);
}
