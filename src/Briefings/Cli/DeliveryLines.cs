using Briefings.Delivery;

namespace Briefings.Cli;

/// <summary>How a delivery is shown: one line per brief, failures on stderr.</summary>
public static class DeliveryLines
{
    /// <summary>A delivery's result in the shape of <c>email --json</c>.</summary>
    public static Json.DeliveryJson.Message Describe(DeliveryResult result) => new(
        result.BriefId,
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(result.Status.ToString()),
        result.Recipients,
        result.Subject,
        result.MessageId,
        result.Error);

    /// <param name="lines">Where the per-brief lines go: stdout, or stderr when stdout carries a JSON report.</param>
    public static void Print(DeliveryResult result, TextWriter lines)
    {
        if (lines != Console.Out && result.Status is not (DeliveryStatus.Failed or DeliveryStatus.MayHaveBeenSent))
        {
            lines.WriteLine($"{result.Status.ToString().ToLowerInvariant(),-9} {result.BriefId}  {string.Join(", ", result.Recipients)}");
            return;
        }
        var recipients = string.Join(", ", result.Recipients);
        switch (result.Status)
        {
            case DeliveryStatus.Failed:
                Console.Error.WriteLine($"failed  {result.BriefId}  {result.Error}");
                break;
            case DeliveryStatus.MayHaveBeenSent:
                Console.Error.WriteLine($"uncertain  {result.BriefId}  {result.Error}");
                break;
            case DeliveryStatus.Sent:
                Terminal.Status("sent", "green", $"{result.BriefId,-28} to {recipients}  \"{result.Subject}\"  {result.MessageId}");
                break;
            case DeliveryStatus.WouldSend:
                Terminal.Status("would send", "yellow", $"{result.BriefId,-28} to {recipients}  \"{result.Subject}\"");
                break;
            case DeliveryStatus.AlreadySent:
                Terminal.Status("already", "grey", $"{result.BriefId,-28} sent to {recipients} at this version");
                break;
            case DeliveryStatus.NoRecipients:
                Terminal.Status("no mail", "grey", $"{result.BriefId,-28} has no recipients");
                break;
        }
    }
}
