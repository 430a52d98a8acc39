namespace Briefings.Typesetting.Infrastructure;

public static class PageSizes
{
    public static Size A4 { get; } = new(595.28, 841.89);

    public static Size Letter { get; } = new(612, 792);
}
