using System.Collections.Immutable;
using Briefings.Build;
using Briefings.Definitions;
using Briefings.Delivery;

namespace Briefings.Cli;

/// <summary>
/// One delivery as the CLI runs it, for <c>email</c> and <c>build --email</c>: mail the briefs and
/// print one line per brief (failures on stderr). Returns the exit code.
/// </summary>
public static class DeliveryRunner
{
    /// <param name="lines">Where the per-brief lines go: stdout, or stderr when stdout carries a JSON report.</param>
    /// <param name="json">Print one JSON document of what happened (schemas/email.schema.json) instead of lines.</param>
    public static int Run(BriefsFile file, DeliveryOptions options, TextWriter? lines = null, bool json = false)
    {
        lines ??= Console.Out;
        ImmutableArray<DeliveryResult> results;
        try
        {
            var delivery = file.Delivery ?? throw new DeliveryException($"{Path.GetFileName(file.Path)} has no 'delivery' block: add one with a 'from' address (and 'smtp', or messages go to outbox/).");
            var transport = SmtpTransport.For(delivery, retry => Console.Error.WriteLine($"retrying {retry}"));
            if (!json)
                lines.WriteLine($"{(options.DryRun ? "would mail via" : "mailing via")} {transport.Description}");
            results = new Deliverer(file, transport, TimeProvider.System).Deliver(options, result =>
            {
                if (!json)
                    Print(result, lines);
            });
            if (json)
                JsonOutput.Write(new Json.DeliveryJson(transport.Description, options.DryRun, [.. results.Select(Describe)]), JsonOutput.Documents.DeliveryJson);
        }
        catch (DeliveryException error)
        {
            Console.Error.WriteLine($"briefings: {error.Message}");
            return ExitCodes.BadInput;
        }
        return results.Any(result => result.Status is DeliveryStatus.Failed or DeliveryStatus.MayHaveBeenSent) ? ExitCodes.SomeBriefsFailed : ExitCodes.Success;
    }

    private static Json.DeliveryJson.Message Describe(DeliveryResult result) => new(
        result.BriefId,
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(result.Status.ToString()),
        result.Recipients,
        result.Subject,
        result.MessageId,
        result.Error);

    private static void Print(DeliveryResult result, TextWriter lines)
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
