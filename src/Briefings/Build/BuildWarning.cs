namespace Briefings.Build;

/// <summary>Something the build itself could not do as it should (a manifest it could not read or write), which no brief failed for.</summary>
public sealed record BuildWarning(string File, string Message)
{
    public override string ToString() => $"{File}: warning: {Message}";
}
