using Briefings.Build;
using Briefings.Cli;
using Briefings.Delivery;
using Xunit;

namespace Briefings.Tests.Delivery;

/// <summary>Delivery against a real SMTP server on 127.0.0.1 (aiosmtpd), and against one that is down.</summary>
public sealed class SmtpDeliveryTests
{
    private static string Smtp(int port, int attempts = 3, string security = "none") => $$"""
          from: Analysis Desk <desk@example.org>
          smtp: { host: 127.0.0.1, port: {{port}}, security: {{security}}, timeout_seconds: 5 }
          retry: { attempts: {{attempts}}, delay_ms: 50 }
        """;

    /// <summary>
    /// A server that accepts mail only over STARTTLS, with a certificate from an authority the program
    /// trusts only when the environment says so; the program runs as a child process, since .NET reads
    /// its trusted roots once per process.
    /// </summary>
    [Fact]
    public void Email_UpgradesWithStartTls_AndTrustsOnlyACertificateTheSystemTrusts()
    {
        var certificates = TestCertificates.Create();
        using var server = SmtpServer.Start(certificates);
        var project = new DeliveryProject(Smtp(server.Port, attempts: 1, security: "starttls"));
        string[] email = ["email", project.Folder.BriefsFile];

        var untrusted = Reliability.BriefingsRun.Run(project.Folder, email, new Dictionary<string, string> { ["SSL_CERT_FILE"] = certificates.CertificateFile });
        var trusted = Reliability.BriefingsRun.Run(project.Folder, email, new Dictionary<string, string> { ["SSL_CERT_FILE"] = certificates.AuthorityFile });

        Assert.Equal(ExitCodes.SomeBriefsFailed, untrusted.ExitCode);
        Assert.Contains("the TLS handshake (STARTTLS) failed", untrusted.Error);
        Assert.Contains("Nothing was recorded as sent", untrusted.Error);
        Assert.DoesNotContain("Unhandled exception", untrusted.Error);
        Assert.Equal(ExitCodes.Success, trusted.ExitCode);
        Assert.Equal(3, server.Messages.Count);
        Assert.Equal(6, project.Ledger.Entries.Count);
    }

    [Fact]
    public void Email_LogsInOverStartTls_WithThePasswordFromTheNamedVariable_AndFailsCleanlyWithAWrongOne()
    {
        const string variable = "BRIEFINGS_TEST_SMTP_PASSWORD";
        var certificates = TestCertificates.Create();
        using var server = SmtpServer.StartWithLogin(certificates, "desk", "correct horse");
        var project = new DeliveryProject($$"""
              from: Analysis Desk <desk@example.org>
              smtp: { host: 127.0.0.1, port: {{server.Port}}, security: starttls, user: desk, password_env: {{variable}}, timeout_seconds: 5 }
              retry: { attempts: 1, delay_ms: 50 }
            """);
        string[] email = ["email", project.Folder.BriefsFile];

        var refused = Reliability.BriefingsRun.Run(project.Folder, email,
            new Dictionary<string, string> { ["SSL_CERT_FILE"] = certificates.AuthorityFile, [variable] = "wrong" });
        var accepted = Reliability.BriefingsRun.Run(project.Folder, email,
            new Dictionary<string, string> { ["SSL_CERT_FILE"] = certificates.AuthorityFile, [variable] = "correct horse" });

        Assert.Equal(ExitCodes.SomeBriefsFailed, refused.ExitCode);
        Assert.Contains("Nothing was recorded as sent", refused.Error);
        Assert.DoesNotContain("Unhandled exception", refused.Error);
        Assert.DoesNotContain("wrong", refused.Error);
        Assert.True(accepted.ExitCode == ExitCodes.Success, accepted.Error);
        Assert.Equal(3, server.Messages.Count);
        Assert.Equal(6, project.Ledger.Entries.Count);
    }

    [Fact]
    public void Email_FailsClearly_WhenTheServerRequiresStartTlsAndTheSettingsSayNone()
    {
        var certificates = TestCertificates.Create();
        using var server = SmtpServer.Start(certificates);
        var project = new DeliveryProject(Smtp(server.Port, attempts: 1));

        var run = Reliability.BriefingsRun.Run(project.Folder, ["email", project.Folder.BriefsFile]);

        Assert.Equal(ExitCodes.SomeBriefsFailed, run.ExitCode);
        Assert.Contains("Nothing was recorded as sent", run.Error);
        Assert.Empty(server.Messages);
        Assert.Empty(project.Ledger.Entries);
    }

    [Fact]
    public void Email_DeliversEachBriefOnce_WithBothBodiesAndTheBuiltPdf()
    {
        using var server = SmtpServer.Start();
        var project = new DeliveryProject(Smtp(server.Port));

        Assert.Equal(ExitCodes.Success, Program.Main(["email", project.Folder.BriefsFile]));
        Assert.Equal(ExitCodes.Success, Program.Main(["email", project.Folder.BriefsFile]));

        var messages = server.Messages.Select(ReceivedMessage.Parse).ToList();
        Assert.Equal(3, messages.Count);
        var hamas = Assert.Single(messages, message => message.MessageId.StartsWith("<emirate-and-hamas.", StringComparison.Ordinal));
        Assert.Equal("Analysis Desk <desk@example.org>", hamas.From);
        Assert.Equal((DeliveryProject.Reader, DeliveryProject.Archive), (hamas.To, hamas.Cc));
        Assert.Equal("Brief: The Islamic Emirate and Hamas (4 August 2024)", hamas.Subject);
        Assert.Contains("Key points", hamas.Text);
        Assert.Contains("<li>", hamas.Html);
        Assert.Contains("The Islamic Emirate and Hamas", hamas.Html);
        var pdf = Assert.Single(hamas.Attachments);
        Assert.Equal(("application/pdf", "emirate-and-hamas.pdf"), (pdf.ContentType, pdf.FileName));
        Assert.Equal(ContentHash.OfFile(project.Output("emirate-and-hamas.pdf")), pdf.Sha256);
        Assert.Equal(6, project.Ledger.Entries.Count);
    }

    [Fact]
    public void Email_RetriesThenFailsClearly_AndRecordsNothing_WhenTheServerIsDown()
    {
        var project = new DeliveryProject(Smtp(SmtpServer.FreePort(), attempts: 3));
        var retries = new List<string>();
        var transport = SmtpTransport.For(project.File.Delivery!, retries.Add);

        var results = project.Deliver(transport);

        Assert.All(results, result =>
        {
            Assert.Equal(DeliveryStatus.Failed, result.Status);
            Assert.Contains("cannot connect (ConnectionRefused", result.Error);
            Assert.Contains("Nothing was recorded as sent", result.Error);
        });
        Assert.Equal(3 * 2, retries.Count);
        Assert.StartsWith("attempt 1 of 3 failed", retries[0]);
        Assert.Empty(project.Ledger.Entries);
    }

    [Fact]
    public void BuildWithEmail_MailsOnlyTheBriefsItRebuilt()
    {
        using var server = SmtpServer.Start();
        var project = new DeliveryProject(Smtp(server.Port), ownSeeds: true);
        Assert.Equal(ExitCodes.Success, Program.Main(["email", project.Folder.BriefsFile]));
        var seed = project.Folder.Seed("003_1383fc75b628ea80.txt");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("were not disclosed", "were kept private", StringComparison.Ordinal));

        Assert.Equal(ExitCodes.Success, Program.Main(["build", project.Folder.BriefsFile, "--email"]));

        var messages = server.Messages.Select(ReceivedMessage.Parse).ToList();
        Assert.Equal(4, messages.Count);
        Assert.Equal(2, messages.Count(message => message.MessageId.StartsWith("<emirate-and-hamas.", StringComparison.Ordinal)));
    }
}
