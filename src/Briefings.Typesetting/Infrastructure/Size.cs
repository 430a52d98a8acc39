namespace Briefings.Typesetting.Infrastructure;

/// <summary>A width and height in points.</summary>
public readonly record struct Size(double Width, double Height)
{
    public static Size Zero => default;

    public Size ShrinkHeight(double by) => this with { Height = Math.Max(0, Height - by) };

    public Size ShrinkWidth(double by) => this with { Width = Math.Max(0, Width - by) };
}
