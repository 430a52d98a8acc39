using System.Reflection;
using Briefings.Common;

namespace Briefings.Build;

/// <summary>
/// What of the program a PDF depends on: the program's own assemblies (code, bundled fonts and
/// hyphenation patterns are embedded in them) and the versions of the libraries it loads. A new
/// build of the program changes it, and so rebuilds every brief.
/// </summary>
public static class ProgramFingerprint
{
    private static readonly Lazy<string> Value = new(Compute);

    public static string Current => Value.Value;

    private static string Compute()
    {
        var builder = new FingerprintBuilder();
        Assembly[] ours = [typeof(ProgramFingerprint).Assembly, typeof(Typesetting.Typesetter).Assembly];
        foreach (var assembly in ours)
            builder.Add(assembly.GetName().Name!, File.Exists(assembly.Location) ? ContentHash.OfFile(assembly.Location) : assembly.ManifestModule.ModuleVersionId.ToString());
        foreach (var reference in ours.SelectMany(assembly => assembly.GetReferencedAssemblies()).DistinctBy(name => name.FullName).OrderBy(name => name.FullName, StringComparer.Ordinal))
            builder.Add("reference", reference.FullName);
        return builder.Build();
    }
}
