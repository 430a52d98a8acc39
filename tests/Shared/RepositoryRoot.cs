namespace Briefings.Testing;

/// <summary>The checkout the tests run from: the folder holding Briefings.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = AppContext.BaseDirectory; folder is not null; folder = System.IO.Path.GetDirectoryName(folder))
            if (System.IO.File.Exists(System.IO.Path.Combine(folder, "Briefings.sln")))
                return folder.TrimEnd(System.IO.Path.DirectorySeparatorChar);
        throw new InvalidOperationException("Briefings.sln not found above the test binaries.");
    }
}
