namespace Briefings.Cli;

/// <summary>The program's exit codes; the only place stage errors become numbers.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int SomeBriefsFailed = 1;
    public const int BadInput = 2;
}
