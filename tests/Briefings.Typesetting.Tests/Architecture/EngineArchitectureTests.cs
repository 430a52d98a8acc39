using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace Briefings.Typesetting.Tests.Architecture;

/// <summary>
/// The engine's shape (DESIGN.md, issue 19): folders that only point one way, a base layer that points
/// nowhere, and an engine that knows documents and pages but nothing about briefs.
/// </summary>
public sealed partial class EngineArchitectureTests
{
    private static readonly Assembly Engine = typeof(Typesetter).Assembly;
    private static readonly FolderGraph Graph = new(Engine);

    [Fact]
    public void EngineFolders_HaveNoCycle_WhenTypeReferencesAreArrows() =>
        Assert.Empty(Graph.Cycles());

    [Fact]
    public void Infrastructure_DependsOnNoOtherEngineFolder_WhenTypeReferencesAreArrows() =>
        Assert.Empty(Graph.ArrowsFrom("Infrastructure").Select(to => $"Infrastructure -> {to} ({Graph.Why("Infrastructure", to)})"));

    [Fact]
    public void EngineTypes_NameNoBriefConcept_WhenTypesAndMembersAreListed()
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var names = Engine.GetTypes()
            .Where(type => FolderGraph.FolderOf(type) is not null && !type.Name.Contains('<'))
            .SelectMany(type => type.GetMembers(declared).Select(member => $"{type.Name}.{member.Name.Split('.')[^1]}").Prepend(type.Name));
        Assert.Empty(names.Where(name => BriefConcept().IsMatch(name)).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FolderGraph_SeesTheArrows_ThatMethodBodiesAndSignaturesMake()
    {
        // The checks above mean something only if the graph sees arrows: the canvas (Layout) draws
        // frame items (Frames), and the façade (root) calls the PDF writer (Pdf) inside a method body.
        Assert.Contains("Frames", Graph.ArrowsFrom("Layout"));
        Assert.Contains("Pdf", Graph.ArrowsFrom(FolderGraph.Root));
    }

    /// <summary>Words of the brief product: the handling marking, "prepared by", the product label, briefs themselves.</summary>
    [GeneratedRegex("marking|prepared_?by|label|brief", RegexOptions.IgnoreCase)]
    private static partial Regex BriefConcept();
}
