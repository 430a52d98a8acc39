namespace Briefings.Typesetting.Infrastructure;

/// <summary>The one float tolerance of the layout engine, in points.</summary>
internal static class Tolerance
{
    public const double Points = 0.001;

    public static bool FitsWithin(double needed, double available) => needed <= available + Points;
}
