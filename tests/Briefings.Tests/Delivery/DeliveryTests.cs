using System.Collections.Immutable;
using Briefings.Delivery;
using MimeKit;
using Xunit;

namespace Briefings.Tests.Delivery;

/// <summary>The exactly-once rules and the .eml default, without a server.</summary>
public sealed class DeliveryTests
{
    private const string OutboxOnly = "  from: Analysis Desk <desk@example.org>";

    /// <summary>A transport that fails as told, refuses the recipients it is told to, or records what it was given.</summary>
    private sealed class ScriptedTransport(Func<MimeMessage, Exception?>? fail = null, Func<string, bool>? refuses = null) : IMailTransport
    {
        public List<string> Sent { get; } = [];

        public string Description => "scripted";

        public MailReceipt Send(MimeMessage message, Action<ImmutableArray<string>> committing)
        {
            if (fail?.Invoke(message) is { } error)
                throw error;
            var recipients = message.To.Mailboxes.Concat(message.Cc.Mailboxes).Select(mailbox => mailbox.Address).ToList();
            ImmutableArray<string> accepted = [.. recipients.Where(address => refuses?.Invoke(address) != true)];
            committing(accepted);
            Sent.Add(message.MessageId!);
            return new MailReceipt(accepted, [.. recipients.Except(accepted).Select(address => $"{address}: 550 no such mailbox")]);
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
        var eml = File.ReadAllText(Assert.Single(files, file => Path.GetFileName(file).StartsWith("emirate-and-hamas.", StringComparison.Ordinal)));
        Assert.Contains($"To: {DeliveryProject.Reader}", eml);
        Assert.Contains($"Cc: {DeliveryProject.Archive}", eml);
        Assert.Contains("Subject: Brief: The Islamic Emirate and Hamas (4 August 2024)", eml);
        Assert.Contains("Content-Type: application/pdf; name=emirate-and-hamas.pdf", eml);
        Assert.Equal(6, project.Ledger.Entries.Count);
    }

    /// <summary>Two builds of the same message, seconds apart, are the same bytes: no clock, no random boundary, no random id.</summary>
    [Fact]
    public void Deliver_WritesByteIdenticalMessages_WhenTheSameMessageIsBuiltTwice()
    {
        var project = new DeliveryProject(OutboxOnly);
        var (first, second) = (Path.Combine(project.Folder.Root, "first"), Path.Combine(project.Folder.Root, "second"));

        project.Deliver(new PickupTransport(first));
        File.Delete(Path.Combine(project.Folder.Root, "out", DeliveryLedger.FileName));
        Thread.Sleep(1100);
        project.Deliver(new PickupTransport(second));

        var names = Directory.GetFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.GetFiles(second).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(3, names.Count);
        Assert.All(names, name => Assert.Equal(File.ReadAllBytes(Path.Combine(first, name!)), File.ReadAllBytes(Path.Combine(second, name!))));
        var hamas = File.ReadAllText(Path.Combine(first, Assert.Single(names, name => name!.StartsWith("emirate-and-hamas.", StringComparison.Ordinal))!));
        Assert.Contains("Date: Sun, 04 Aug 2024 00:00:00 +0000", hamas);
        Assert.Contains("boundary=\"=_mixed_", hamas);
    }

    [Fact]
    public void Deliver_SendsAgain_OnlyWhenTheBriefChanged_OrWhenResent()
    {
        var project = new DeliveryProject(OutboxOnly, ownSeeds: true);
        var transport = new ScriptedTransport();
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
        var failing = new ScriptedTransport(_ => new MailFailure("554 Transaction failed"));

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
        var partly = new ScriptedTransport(refuses: address => address == DeliveryProject.Archive);

        var results = project.Deliver(partly);
        var retry = project.Deliver(new ScriptedTransport(message => message.To.Count + message.Cc.Count == 1 && message.Cc.Count == 1 ? null : new InvalidOperationException("only the archive should be pending")));

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

        var results = project.Deliver(new ScriptedTransport()).ToDictionary(result => result.BriefId);

        Assert.Contains("is missing; run `briefings build` first", results["emirate-and-hamas"].Error);
        Assert.Contains("is not the PDF the last build wrote", results["regional-relations"].Error);
        Assert.Equal(DeliveryStatus.Sent, results["taliban-and-al-qaeda"].Status);
    }

    [Fact]
    public void Ledger_ThatCannotBeRead_StopsDelivery_InsteadOfResendingEverything()
    {
        var project = new DeliveryProject(OutboxOnly);
        File.WriteAllText(Path.Combine(project.Folder.Root, "out", DeliveryLedger.FileName), "{ not a ledger");

        var error = Assert.Throws<DeliveryException>(() => project.Deliver(new ScriptedTransport()));
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

    [Fact]
    public void Transport_RefusesACaFileThatHoldsNoCertificate()
    {
        var project = new DeliveryProject("""
              from: desk@example.org
              smtp: { host: 127.0.0.1, port: 2525, security: tls, ca_file: briefs.yaml }
            """);

        var error = Assert.Throws<DeliveryException>(() => SmtpTransport.For(project.File.Delivery!));
        Assert.Equal($"{project.Folder.BriefsFile}: 'delivery.smtp.ca_file' holds no certificate.", error.Message);
    }

    [Theory]
    [InlineData("  from: desk@example.org\n  smtp: { host: mail.example.org, security: ssl }", "'delivery.smtp.security' is 'ssl'; use 'none', 'starttls'")]
    [InlineData("  from: desk@example.org\n  smtp: { host: mail.example.org, ca_file: ca.pem }", "'delivery.smtp.ca_file' checks a TLS certificate, but 'security' is 'none'")]
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
