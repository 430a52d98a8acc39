using System.Text.Json.Nodes;

namespace Briefings.Tests.Evaluation;

/// <summary>
/// <c>eval/corpus-dev/floors.json</c>: the least each figure of the dev corpus may be, raised as the
/// extraction gets better so no later change quietly loses what was reached.
/// </summary>
public static class ScoreFloors
{
    public static IReadOnlyDictionary<string, double> Read(string path) =>
        JsonNode.Parse(File.ReadAllText(path))!["floors"]!.AsObject()
            .ToDictionary(pair => pair.Key, pair => (double)pair.Value!, StringComparer.Ordinal);

    /// <summary>The figures under their floor, and the names of figures or floors without a partner (a floor file out of step).</summary>
    public static IReadOnlyList<string> Fallen(IReadOnlyList<(string Name, double Value)> figures, IReadOnlyDictionary<string, double> floors)
    {
        // Tolerance for a floor written with fewer decimals than the figure's exact ratio.
        const double Tolerance = 1e-9;
        var fallen = new List<string>();
        foreach (var (name, value) in figures)
        {
            if (!floors.TryGetValue(name, out var floor))
                fallen.Add($"{name}: {value:0.000} has no floor in floors.json");
            else if (value < floor - Tolerance)
                fallen.Add($"{name}: {value:0.000} fell below its floor {floor:0.000}");
        }
        fallen.AddRange(floors.Keys.Except(figures.Select(figure => figure.Name)).Select(name => $"{name}: a floor for no figure"));
        return fallen;
    }
}
