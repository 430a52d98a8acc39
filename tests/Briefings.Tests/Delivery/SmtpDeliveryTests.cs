using Briefings.Cli;
using Briefings.Common;
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
    /// The program, as a child process, delivers each brief once in each security mode, with and
    /// without a login; a second run sends nothing. The server's certificate is trusted through the
    /// private authority in <c>ca_file</c>.
    /// </summary>
    [Theory]
    [InlineData("none", false)]
    [InlineData("none", true)]
    [InlineData("starttls", false)]
    [InlineData("starttls", true)]
    [InlineData("tls", false)]
    [InlineData("tls", true)]
    public void Email_DeliversEachBriefOnce_InEverySecurityMode_WithAndWithoutALogin(string security, bool login)
    {
        const string variable = "BRIEFINGS_TEST_SMTP_PASSWORD";
        var certificates = TestCertificates.Create();
        using var server = SmtpServer.StartScripted(security, certificates, login ? "desk" : "", login ? "correct horse" : "");
        var project = new DeliveryProject($$"""
              from: Analysis Desk <desk@example.org>
              smtp: { host: 127.0.0.1, port: {{server.Port}}, security: {{security}}{{(security == "none" ? "" : $", ca_file: {certificates.AuthorityFile}")}}{{(login ? $", user: desk, password_env: {variable}" : "")}}, timeout_seconds: 10 }
              retry: { attempts: 1, delay_ms: 50 }
            """);
        string[] email = ["email", project.Folder.BriefsFile];
        var environment = new Dictionary<string, string> { [variable] = "correct horse" };

        var first = Reliability.BriefingsRun.Run(project.Folder, email, environment);
        var second = Reliability.BriefingsRun.Run(project.Folder, email, environment);

        Assert.True(first.ExitCode == ExitCodes.Success, first.Error);
        Assert.Contains($"mailing via smtp 127.0.0.1:{server.Port} ({security})", first.Output);
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Equal(3, server.Messages.Count);
        Assert.Equal(3, second.Output.Split('\n').Count(line => line.Contains("at this version", StringComparison.Ordinal)));
        Assert.Equal(6, project.Ledger.Entries.Count);
        var hamas = Assert.Single(server.Messages.Select(ReceivedMessage.Parse), message => message.MessageId.StartsWith("<emirate-and-hamas.", StringComparison.Ordinal));
        Assert.Equal(ContentHash.OfFile(project.Output("emirate-and-hamas.pdf")), Assert.Single(hamas.Attachments).Sha256);
    }

    /// <summary>
    /// Without <c>ca_file</c> the system's roots decide; the program runs as a child process, since .NET
    /// reads them (<c>SSL_CERT_FILE</c>) once per process.
    /// </summary>
    [Fact]
    public void Email_UpgradesWithStartTls_AndTrustsOnlyACertificateTheSystemTrusts()
    {
        var certificates = TestCertificates.Create();
        using var server = SmtpServer.Start(certificates);
        var project = new DeliveryProject(Smtp(server.Port, attempts: 3, security: "starttls"));
        string[] email = ["email", project.Folder.BriefsFile];

        var untrusted = Reliability.BriefingsRun.Run(project.Folder, email, new Dictionary<string, string> { ["SSL_CERT_FILE"] = certificates.CertificateFile });
        var trusted = Reliability.BriefingsRun.Run(project.Folder, email, new Dictionary<string, string> { ["SSL_CERT_FILE"] = certificates.AuthorityFile });

        Assert.Equal(ExitCodes.SomeBriefsFailed, untrusted.ExitCode);
        Assert.Contains("the TLS handshake failed: the server's certificate is not trusted (", untrusted.Error);
        Assert.Contains("Nothing was recorded as sent", untrusted.Error);
        Assert.DoesNotContain("retrying", untrusted.Error);
        Assert.Equal(3, untrusted.Error.Trim().Split('\n').Length);
        Assert.Equal(ExitCodes.Success, trusted.ExitCode);
        Assert.Equal(3, server.Messages.Count);
        Assert.Equal(6, project.Ledger.Entries.Count);
    }

    [Fact]
    public void Email_RefusesACertificate_ThatThePrivateAuthorityInCaFileDidNotSign()
    {
        var (signer, other) = (TestCertificates.Create(), TestCertificates.Create());
        using var server = SmtpServer.StartScripted("tls", signer);
        var project = new DeliveryProject($$"""
              from: Analysis Desk <desk@example.org>
              smtp: { host: 127.0.0.1, port: {{server.Port}}, security: tls, ca_file: {{other.AuthorityFile}}, timeout_seconds: 10 }
              retry: { attempts: 3, delay_ms: 50 }
            """);

        var results = project.Deliver(SmtpTransport.For(project.File.Delivery!));

        Assert.All(results, result => Assert.Contains("the TLS handshake failed: the server's certificate is not trusted (", result.Error));
        Assert.All(results, result => Assert.Contains("it was not signed by the authority in 'delivery.smtp.ca_file'", result.Error));
        Assert.Empty(server.Messages);
        Assert.Empty(project.Ledger.Entries);
    }

    [Fact]
    public void Email_FailsCleanly_WithAWrongPassword_AndDoesNotPrintIt()
    {
        const string variable = "BRIEFINGS_TEST_SMTP_PASSWORD";
        var certificates = TestCertificates.Create();
        using var server = SmtpServer.StartScripted("starttls", certificates, "desk", "correct horse");
        var project = new DeliveryProject($$"""
              from: Analysis Desk <desk@example.org>
              smtp: { host: 127.0.0.1, port: {{server.Port}}, security: starttls, ca_file: {{certificates.AuthorityFile}}, user: desk, password_env: {{variable}}, timeout_seconds: 10 }
              retry: { attempts: 3, delay_ms: 50 }
            """);

        var refused = Reliability.BriefingsRun.Run(project.Folder, ["email", project.Folder.BriefsFile], new Dictionary<string, string> { [variable] = "wrong horse" });

        Assert.Equal(ExitCodes.SomeBriefsFailed, refused.ExitCode);
        Assert.Contains("the server refused the login as 'desk' (", refused.Error);
        Assert.Contains("Nothing was recorded as sent", refused.Error);
        Assert.DoesNotContain("retrying", refused.Error);
        Assert.DoesNotContain("Unhandled exception", refused.Error);
        Assert.DoesNotContain("wrong horse", refused.Error + refused.Output);
        Assert.Empty(server.Messages);
        Assert.Empty(project.Ledger.Entries);
    }

    [Fact]
    public void Email_FailsClearly_WhenTheServerRequiresStartTlsAndTheSettingsSayNone()
    {
        var certificates = TestCertificates.Create();
        using var server = SmtpServer.Start(certificates);
        var project = new DeliveryProject(Smtp(server.Port, attempts: 3));

        var run = Reliability.BriefingsRun.Run(project.Folder, ["email", project.Folder.BriefsFile]);

        Assert.Equal(ExitCodes.SomeBriefsFailed, run.ExitCode);
        Assert.Contains("the server wants TLS or a login first (530 Must issue a STARTTLS command first)", run.Error);
        Assert.Contains("Nothing was recorded as sent", run.Error);
        Assert.DoesNotContain("retrying", run.Error);
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
    public void Email_GivesUpWithinTheTimeout_WhenTheNextRetryWouldWaitLonger()
    {
        var project = new DeliveryProject($$"""
              from: Analysis Desk <desk@example.org>
              smtp: { host: 127.0.0.1, port: {{SmtpServer.FreePort()}}, timeout_seconds: 1 }
              retry: { attempts: 5, delay_ms: 5000 }
            """);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var results = project.Deliver(SmtpTransport.For(project.File.Delivery!));

        Assert.InRange(clock.Elapsed.TotalSeconds, 2.5, 10);
        Assert.All(results, result => Assert.Contains("gave up after 1 s ('timeout_seconds') waiting to try again; the last attempt: cannot connect (ConnectionRefused", result.Error));
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
