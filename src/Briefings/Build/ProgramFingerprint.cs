using System.Reflection;

namespace Briefings.Build;

/// <summary>
/// What of the program a PDF depends on: the source fingerprints the build embeds in our three
/// assemblies (code, templates, lexicons, fonts and hyphenation patterns, and the versions of the
/// packages each references; see src/Directory.Build.targets). A change to any of them rebuilds every
/// brief; the same source gives the same value under <c>dotnet run</c>, ReadyToRun and native AOT.
/// </summary>
public static class ProgramFingerprint
{
    private static readonly Lazy<string> Value = new(Compute);

    public static string Current => Value.Value;

    private static string Compute()
    {
        var builder = new FingerprintBuilder();
        foreach (var assembly in new[] { typeof(ProgramFingerprint).Assembly, typeof(Typesetting.Typesetter).Assembly, typeof(Foundation.Yaml.YamlGuard).Assembly })
            builder.Add(assembly.GetName().Name!, SourceFingerprintOf(assembly));
        return builder.Build();
    }

    private static string SourceFingerprintOf(Assembly assembly) =>
        assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(attribute => attribute.Key == "SourceFingerprint")?.Value
        ?? throw new InvalidOperationException($"{assembly.GetName().Name} was built without its source fingerprint (src/Directory.Build.targets).");
}
