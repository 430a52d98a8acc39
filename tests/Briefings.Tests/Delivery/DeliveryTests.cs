using System.Net.Mail;
using Briefings.Delivery;
using Xunit;

namespace Briefings.Tests.Delivery;

/// <summary>The exactly-once rules and the .eml default, without a server.</summary>
public sealed class DeliveryTests
{
    private const string OutboxOnly = "  from: Analysis Desk <desk@example.org>";

    /// <summary>A transport that fails as told, or records what it was given.</summary>
    private sealed class ScriptedTransport(Func<MailMessage, Exception?> outcome) : IMailTransport
    {
        public List<string> Sent { get; } = [];

        public string Description => "scripted";

        public void Send(MailMessage message)
        {
            if (outcome(message) is { } error)
                throw error;
            Sent.Add(message.Headers["Message-ID"]!);
        }
    }

    [Fact]
    public void Deliver_WritesEmlFilesToTheOutbox_ByDefault_AndOnlyOnce()
    {
        var project = new DeliveryProject(OutboxOnly);
        var transport = SmtpTransport.For(project.File.Delivery!);

        var first = project.Deliver(transport);
        var second = project.Deliver(transport);

        Assert.IsType<PickupTransport>(transport);
        Assert.All(first, result => Assert.Equal(DeliveryStatus.Sent, result.Status));
        Assert.All(second, result => Assert.Equal(DeliveryStatus.AlreadySent, result.Status));
        var files = Directory.GetFiles(project.Outbox, "*.eml");
        Assert.Equal(3, files.Length);
        var eml = File.ReadAllText(files.Single(file => File.ReadAllText(file).Contains("Message-ID: <emirate-and-hamas.", StringComparison.Ordinal)));
        Assert.Contains($"To: {DeliveryProject.Reader}", eml);
        Assert.Contains($"Cc: {DeliveryProject.Archive}", eml);
        Assert.Contains("Subject: Brief: The Islamic Emirate and Hamas (4 August 2024)", eml);
        Assert.Contains("Content-Type: application/pdf; name=emirate-and-hamas.pdf", eml);
        Assert.Equal(6, project.Ledger.Entries.Count);
    }

    [Fact]
    public void Deliver_SendsAgain_OnlyWhenTheBriefChanged_OrWhenResent()
    {
        var project = new DeliveryProject(OutboxOnly, ownSeeds: true);
        var transport = new ScriptedTransport(_ => null);
        project.Deliver(transport);

        var seed = project.Folder.Seed("003_1383fc75b628ea80.txt");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("were not disclosed", "were kept private", StringComparison.Ordinal));
        project.Build();
        var afterChange = project.Deliver(transport);
        var resent = project.Deliver(transport, DeliveryOptions.Default with { Resend = true, Only = new HashSet<string> { "regional-relations" } });

        Assert.Equal([DeliveryStatus.Sent, DeliveryStatus.AlreadySent, DeliveryStatus.AlreadySent], afterChange.Select(result => result.Status));
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(resent).Status);
        Assert.Equal(5, transport.Sent.Count);
        Assert.Equal(5, transport.Sent.Distinct().Count());
    }

    [Fact]
    public void Deliver_RecordsNothing_WhenTheTransportFails_OrOnADryRun()
    {
        var project = new DeliveryProject(OutboxOnly);
        var failing = new ScriptedTransport(_ => new SmtpException(SmtpStatusCode.TransactionFailed, "Transaction failed"));

        var failed = project.Deliver(failing);
        var dry = project.Deliver(new ScriptedTransport(_ => throw new InvalidOperationException("a dry run sends nothing")), DeliveryOptions.Default with { DryRun = true });

        Assert.All(failed, result => Assert.Contains("Nothing was recorded as sent", result.Error));
        Assert.All(dry, result => Assert.Equal(DeliveryStatus.WouldSend, result.Status));
        Assert.Empty(project.Ledger.Entries);
    }

    [Fact]
    public void Deliver_RecordsTheAcceptedRecipients_WhenTheServerRefusesOne()
    {
        var project = new DeliveryProject(OutboxOnly);
        var partly = new ScriptedTransport(_ => new SmtpFailedRecipientsException("Unable to send to a recipient.", [new SmtpFailedRecipientException(SmtpStatusCode.MailboxUnavailable, $"<{DeliveryProject.Archive}>")]));

        var results = project.Deliver(partly);
        var retry = project.Deliver(new ScriptedTransport(message => message.To.Count + message.CC.Count == 1 && message.CC.Count == 1 ? null : new InvalidOperationException("only the archive should be pending")));

        Assert.All(results, result => Assert.Contains($"{DeliveryProject.Archive}: 550", result.Error));
        Assert.Equal(3, project.Ledger.Entries.Count(entry => entry.Recipient == DeliveryProject.Reader));
        Assert.All(retry, result => Assert.Equal(DeliveryStatus.Sent, result.Status));
    }

    [Fact]
    public void Deliver_RefusesToSend_APdfThatIsMissingOrNotTheOneBuilt()
    {
        var project = new DeliveryProject(OutboxOnly);
        File.Delete(project.Output("emirate-and-hamas.pdf"));
        File.AppendAllText(project.Output("regional-relations.pdf"), "tampered");

        var results = project.Deliver(new ScriptedTransport(_ => null)).ToDictionary(result => result.BriefId);

        Assert.Contains("is missing; run `briefings build` first", results["emirate-and-hamas"].Error);
        Assert.Contains("is not the PDF the last build wrote", results["regional-relations"].Error);
        Assert.Equal(DeliveryStatus.Sent, results["taliban-and-al-qaeda"].Status);
    }

    [Fact]
    public void Ledger_ThatCannotBeRead_StopsDelivery_InsteadOfResendingEverything()
    {
        var project = new DeliveryProject(OutboxOnly);
        File.WriteAllText(Path.Combine(project.Folder.Root, "out", DeliveryLedger.FileName), "{ not a ledger");

        var error = Assert.Throws<DeliveryException>(() => project.Deliver(new ScriptedTransport(_ => null)));
        Assert.Contains("the delivery ledger cannot be read", error.Message);
    }

    [Fact]
    public void Transport_RefusesAMissingPasswordVariable()
    {
        var project = new DeliveryProject("""
              from: desk@example.org
              smtp: { host: 127.0.0.1, port: 2525, user: desk, password_env: BRIEFINGS_TEST_UNSET_PASSWORD }
            """);

        var error = Assert.Throws<DeliveryException>(() => SmtpTransport.For(project.File.Delivery!));
        Assert.Contains("BRIEFINGS_TEST_UNSET_PASSWORD", error.Message);
    }

    [Theory]
    [InlineData("  from: desk@example.org\n  smtp: { host: mail.example.org, port: 465, security: tls }", "'security: tls' (implicit TLS, port 465) is not supported")]
    [InlineData("  from: not an address", "'delivery.from' 'not an address' is not a valid e-mail address")]
    [InlineData("  from: desk@example.org\n  smtp: { host: mail.example.org, password_env: X }", "needs a 'user'")]
    [InlineData("  from: desk@example.org\n  smtp: { host: mail.example.org, password_env: \"my secret\", user: a }", "must name an environment variable")]
    public void Load_RefusesBadDeliverySettings_WithTheirPlace(string delivery, string message)
    {
        var error = Assert.Throws<Briefings.Definitions.DefinitionException>(() => new DeliveryProject(delivery));

        Assert.Contains(message, error.Message);
        Assert.NotNull(error.Location);
    }
}
