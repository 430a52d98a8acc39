using Briefings.Cli;
using Briefings.Corpus;
using Briefings.Inspection;
using Xunit;

namespace Briefings.Tests.Architecture;

/// <summary>
/// DESIGN.md's direction, kept true by the build: the app's stages (its top-level folders) only point
/// forward, earlier stages never name later ones, and Delivery reads what Build published (the build
/// record), not how Build keeps it.
/// </summary>
public sealed class StageDependencyTests
{
    /// <summary>The stages in data-flow order; a folder may use only the folders before it.</summary>
    private static readonly string[] Stages = ["Common", "Definitions", "Corpus", "Analysis", "Cache", "Composition", "Inspection", "Build", "Delivery", "Scaffold", "Cli"];

    /// <summary>What Build publishes for the stages after it; everything else in Build is its own business.</summary>
    private static readonly string[] BuildRecord = ["BuildRecord", "BuiltBrief"];

    private static readonly DependencyGraph Graph = DependencyGraph.Of(typeof(Program).Assembly, "Briefings");

    [Fact]
    public void Folders_AreAllKnownStages_InTheAppAssembly()
    {
        var strays = Graph.References.SelectMany(reference => new[] { reference.From, reference.To })
            .Where(type => !Stages.Contains(Graph.FolderOf(type))).Select(type => type.FullName).Distinct().ToList();

        Assert.True(strays.Count == 0, "Types outside every stage folder: " + string.Join(", ", strays));
    }

    [Fact]
    public void StageArrows_PointOnlyForward_InTheAppAssembly()
    {
        var backward = Graph.Arrows()
            .Where(arrow => Array.IndexOf(Stages, arrow.Key.To) >= Array.IndexOf(Stages, arrow.Key.From))
            .Select(Describe).ToList();

        Assert.True(backward.Count == 0, "Arrows pointing backwards:\n" + string.Join("\n", backward));
    }

    [Fact]
    public void DeliveryArrows_ReachOnlyTheBuildRecord_WhenDeliveryUsesBuild()
    {
        var internals = Graph.Arrows()[("Delivery", "Build")]
            .Where(reference => !BuildRecord.Contains(reference.To.Name))
            .Select(reference => $"{reference.From.FullName} -> {reference.To.FullName}")
            .Distinct().ToList();

        Assert.True(internals.Count == 0, "Delivery uses Build's internals:\n" + string.Join("\n", internals));
    }

    [Fact]
    public void References_IncludeATypeNamedOnlyInAMethodBody_WhenNoSignatureNamesIt()
    {
        // CorpusInspector creates a CorpusLoader inside Open and names it nowhere else: only the IL shows the arrow.
        Assert.Contains((typeof(CorpusInspector), typeof(CorpusLoader)), Graph.References);
    }

    private static string Describe(IGrouping<(string From, string To), (Type From, Type To)> arrow) =>
        $"{arrow.Key.From} -> {arrow.Key.To}: " + string.Join(", ", arrow.Select(reference => $"{reference.From.Name} -> {reference.To.Name}").Distinct());
}
