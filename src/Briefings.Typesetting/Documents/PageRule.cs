using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Documents;

/// <summary>A straight line on every page, in points from the page's top-left corner.</summary>
public sealed record PageRule(double X1, double Y1, double X2, double Y2, double Thickness, Rgb Color) : PageElement;
