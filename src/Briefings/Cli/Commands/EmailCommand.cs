using System.CommandLine;
using Briefings.Build;
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
        command.SetAction(parse => Run(parse.GetValue(briefs)!, DeliveryOptions.Default with { DryRun = parse.GetValue(dryRun), Resend = parse.GetValue(resend) }, parse.GetValue(json)));
        return command;
    }

    private static int Run(FileInfo briefsFile, DeliveryOptions options, bool json)
    {
        BriefsFile file;
        try
        {
            file = new BriefsFileLoader().Load(briefsFile.FullName);
        }
        catch (DefinitionException error)
        {
            Console.Error.WriteLine($"briefings: {ErrorText.Of(error)}");
            return ExitCodes.BadInput;
        }
        return DeliveryRunner.Run(file, options, json: json);
    }
}
