using System.CommandLine;
using Briefings.Common;
using Briefings.Definitions;
using Briefings.Delivery;

namespace Briefings.Cli.Commands;

/// <summary><c>email briefs.yaml [--dry-run] [--resend]</c>: mails each brief's current PDF to its recipients, exactly once per version.</summary>
public static class EmailCommand
{
    public static Command Create()
    {
        var briefs = BuildCommand.BriefsArgument();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be sent; send and record nothing." };
        var resend = new Option<bool>("--resend") { Description = "Send again to recipients who already have the current version, or may have it (handed over, never confirmed)." };
        var json = new Option<bool>("--json") { Description = "Print what was sent, skipped and failed as JSON (schemas/email.schema.json)." };
        var command = new Command("email", "Mail each brief's current PDF to its recipients (once per version), by SMTP or to outbox/.") { briefs, dryRun, resend, json };
        command.SetAction(parse => Run(() => MailDelivery.Open(parse.GetValue(briefs)!.FullName, Retrying), DeliveryOptions.Default with { DryRun = parse.GetValue(dryRun), Resend = parse.GetValue(resend) }, json: parse.GetValue(json)));
        return command;
    }

    /// <summary>Mails through the delivery <paramref name="open"/> gives and prints a line per brief; returns the exit code.</summary>
    /// <param name="lines">Where the per-brief lines go: stdout, or stderr when stdout carries a JSON report.</param>
    /// <param name="json">Print one JSON document of what happened (schemas/email.schema.json) instead of lines.</param>
    internal static int Run(Func<MailDelivery> open, DeliveryOptions options, TextWriter? lines = null, bool json = false)
    {
        lines ??= Console.Out;
        try
        {
            var delivery = open();
            if (!json)
                lines.WriteLine($"{(options.DryRun ? "would mail via" : "mailing via")} {delivery.Transport}");
            var results = delivery.Deliver(options, result =>
            {
                if (!json)
                    DeliveryLines.Print(result, lines);
            });
            if (json)
                JsonOutput.Write(new Json.DeliveryJson(delivery.Transport, options.DryRun, [.. results.Select(DeliveryLines.Describe)]), JsonOutput.Documents.DeliveryJson);
            return results.Any(result => result.Status is DeliveryStatus.Failed or DeliveryStatus.MayHaveBeenSent) ? ExitCodes.SomeBriefsFailed : ExitCodes.Success;
        }
        catch (Exception error) when (error is DefinitionException or DeliveryException)
        {
            Console.Error.WriteLine($"briefings: {ErrorText.Of(error)}");
            return ExitCodes.BadInput;
        }
    }

    internal static void Retrying(string retry) => Console.Error.WriteLine($"retrying {retry}");
}
