namespace Briefings.Typesetting.Infrastructure;

/// <summary>Vertical metrics of a font at a size, in points (descent positive, below the baseline).</summary>
internal readonly record struct FontMetrics(double Ascent, double Descent);
