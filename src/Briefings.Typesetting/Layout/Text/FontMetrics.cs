namespace Briefings.Typesetting.Layout.Text;

/// <summary>Vertical metrics of a font at a size, in points (descent positive, below the baseline).</summary>
public readonly record struct FontMetrics(double Ascent, double Descent);
