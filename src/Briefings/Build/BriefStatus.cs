namespace Briefings.Build;

public enum BriefStatus
{
    Built,
    Failed,
}
