using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Briefings.Cli;
using Briefings.Delivery;
using Briefings.Tests.Reliability;
using Xunit;

namespace Briefings.Tests.Delivery;

/// <summary>
/// Exactly once against servers that misbehave: one that drops the connection or never answers after
/// DATA, one that never greets, a ledger that cannot be written, two overlapping runs, and recipient
/// lists that name one address twice or two addresses in one entry. The program runs as a child
/// process where it can, against aiosmtpd on 127.0.0.1.
/// </summary>
public sealed class ExactlyOnceTests
{
    private static string Smtp(int port, int attempts = 4, int timeout = 10) => $$"""
          from: Analysis Desk <desk@example.org>
          smtp: { host: 127.0.0.1, port: {{port}}, timeout_seconds: {{timeout}} }
          retry: { attempts: {{attempts}}, delay_ms: 50 }
        """;

    private static BriefingsRun Email(DeliveryProject project, params string[] extra) => BriefingsRun.Run(project.Folder, ["email", project.Folder.BriefsFile, .. extra]);

    private static string[] Lines(string text, string start) => [.. text.Split('\n').Where(line => line.StartsWith(start, StringComparison.Ordinal))];

    [Fact]
    public void Email_SendsEachMessageOnce_AndSaysItMayHaveBeenSent_WhenTheServerDropsTheConnectionAfterData()
    {
        using var server = SmtpServer.StartScripted("none", behaviour: "drop");
        var project = new DeliveryProject(Smtp(server.Port, attempts: 4));

        var first = Email(project);
        var second = Email(project);

        Assert.Equal(ExitCodes.SomeBriefsFailed, first.ExitCode);
        Assert.Equal(3, Lines(first.Error, "uncertain  ").Length);
        Assert.Contains("the connection was lost after the message was handed over", first.Error);
        Assert.Contains("is sent again only with `--resend`", first.Error);
        Assert.DoesNotContain("retrying", first.Error);
        Assert.DoesNotContain("Nothing was recorded as sent", first.Error);
        Assert.Equal(ExitCodes.SomeBriefsFailed, second.ExitCode);
        Assert.Equal(3, Lines(second.Error, "uncertain  ").Length);
        Assert.Contains($"may have been sent to {DeliveryProject.Reader}, {DeliveryProject.Archive} (<", second.Error);
        Assert.Equal(3, server.Messages.Count);
        Assert.All(project.Ledger.Entries, entry => Assert.Equal(LedgerState.Sending, entry.State));
        Assert.Equal(6, project.Ledger.Entries.Count);
    }

    [Fact]
    public void Email_ResendsAnUncertainMessage_OnlyWithResend()
    {
        using var server = SmtpServer.StartScripted("none", behaviour: "drop-once");
        var project = new DeliveryProject(Smtp(server.Port));

        var first = Email(project);
        var second = Email(project);
        var resent = Email(project, "--resend");

        Assert.Equal(ExitCodes.SomeBriefsFailed, first.ExitCode);
        Assert.StartsWith("uncertain  emirate-and-hamas  may have been sent via", Assert.Single(Lines(first.Error, "uncertain  ")));
        Assert.Equal(ExitCodes.SomeBriefsFailed, second.ExitCode);
        Assert.StartsWith("uncertain  emirate-and-hamas  may have been sent to", Assert.Single(Lines(second.Error, "uncertain  ")));
        Assert.True(resent.ExitCode == ExitCodes.Success, resent.Error);
        Assert.Equal(3 + 3, server.Messages.Count);
        var hamas = server.Messages.Select(ReceivedMessage.Parse).Where(message => message.MessageId.StartsWith("<emirate-and-hamas.", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, hamas.Count);
        Assert.NotEqual(hamas[0].MessageId, hamas[1].MessageId);
        Assert.True(project.Ledger.HasSent("emirate-and-hamas", project.Ledger.Entries[0].Fingerprint, DeliveryProject.Reader));
    }

    [Fact]
    public void Email_SaysItMayHaveBeenSent_WithinTheTimeout_WhenTheServerNeverAnswersAfterData()
    {
        using var server = SmtpServer.StartScripted("none", behaviour: "hang");
        var project = new DeliveryProject(Smtp(server.Port, timeout: 2));
        var clock = Stopwatch.StartNew();

        var run = Email(project);

        Assert.InRange(clock.Elapsed.TotalSeconds, 6, 40);
        Assert.Equal(ExitCodes.SomeBriefsFailed, run.ExitCode);
        Assert.Equal(3, Lines(run.Error, "uncertain  ").Length);
        Assert.Contains("no answer within 2 s ('timeout_seconds') after the message was handed over; it may have been sent", run.Error);
        Assert.Equal(3, server.Messages.Count);
        Assert.All(project.Ledger.Entries, entry => Assert.Equal(LedgerState.Sending, entry.State));
    }

    [Fact]
    public void Email_FailsEachBriefWithinTheTimeout_AndRecordsNothing_WhenTheServerNeverGreets()
    {
        using var mute = new TcpListener(IPAddress.Loopback, 0);
        mute.Start();
        var project = new DeliveryProject(Smtp(((IPEndPoint)mute.LocalEndpoint).Port, attempts: 3, timeout: 2));
        var clock = Stopwatch.StartNew();

        var run = Email(project);

        Assert.InRange(clock.Elapsed.TotalSeconds, 6, 40);
        Assert.Equal(ExitCodes.SomeBriefsFailed, run.ExitCode);
        Assert.StartsWith($"mailing via smtp 127.0.0.1:{((IPEndPoint)mute.LocalEndpoint).Port} (none)", run.Output);
        var failures = Lines(run.Error, "failed  ");
        Assert.Equal(["emirate-and-hamas", "taliban-and-al-qaeda", "regional-relations"], failures.Select(line => line.Split("  ")[1]));
        Assert.All(failures, line => Assert.EndsWith("no answer within 2 s ('timeout_seconds') while connecting. Nothing was recorded as sent.", line.TrimEnd()));
        Assert.Empty(project.Ledger.Entries);
    }

    [Fact]
    public async Task Email_RefusesToRun_WhileAnotherRunIsDelivering()
    {
        using var server = SmtpServer.StartScripted("none", behaviour: "slow");
        var project = new DeliveryProject(Smtp(server.Port));

        var first = Task.Run(() => Email(project), TestContext.Current.CancellationToken);
        for (var waited = 0; server.Messages.Count == 0 && waited < 30_000; waited += 50)
            await Task.Delay(50, TestContext.Current.CancellationToken);
        var second = Email(project);

        Assert.Equal(ExitCodes.BadInput, second.ExitCode);
        Assert.Equal("briefings: another `briefings email` (or `build --email`) is delivering from out/ now; nothing was sent. Run it again when that one has finished.", second.Error.Trim());
        Assert.Equal(ExitCodes.Success, (await first).ExitCode);
        Assert.Equal(3, server.Messages.Count);
    }

    [Fact]
    public void Email_StopsWithOneLine_AndSendsNothing_WhenTheLedgerCannotBeWritten()
    {
        var project = new DeliveryProject("  from: Analysis Desk <desk@example.org>");
        var ledger = Path.Combine(project.Folder.Root, "out", DeliveryLedger.FileName);
        Directory.CreateDirectory(ledger);

        var first = Email(project);
        var second = Email(project);
        Directory.Delete(ledger);
        var repaired = Email(project);
        var again = Email(project);

        Assert.Equal(ExitCodes.BadInput, first.ExitCode);
        var line = Assert.Single(first.Error.Trim().Split('\n'));
        Assert.StartsWith($"briefings: out/{DeliveryLedger.FileName} cannot be written (", line);
        Assert.EndsWith("; emirate-and-hamas was not sent. Nothing more is sent until the ledger can be written.", line);
        Assert.Equal(first.Error, second.Error);
        Assert.Equal(ExitCodes.Success, repaired.ExitCode);
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Equal(3, Directory.GetFiles(project.Outbox, "*.eml").Length);
    }

    /// <summary>The message was accepted, then the ledger could not confirm it (a full disk): the next run does not send it again.</summary>
    [Fact]
    public void Deliver_NeverSendsTwice_WhenTheLedgerFailsAfterTheServerAccepted()
    {
        using var server = SmtpServer.StartScripted("none");
        var project = new DeliveryProject(Smtp(server.Port));
        var writes = 0;
        Stream FullAfterOneWrite(string temporary) => ++writes > 1 ? throw new IOException("No space left on device") : File.Create(temporary);

        var error = Assert.Throws<DeliveryException>(() => new Deliverer(project.File, SmtpTransport.For(project.File.Delivery!), TimeProvider.System, FullAfterOneWrite).Deliver(DeliveryOptions.Default));
        var rerun = project.Deliver(SmtpTransport.For(project.File.Delivery!));

        Assert.Contains("cannot be written (No space left on device); emirate-and-hamas was accepted via smtp", error.Message);
        Assert.Equal([DeliveryStatus.MayHaveBeenSent, DeliveryStatus.Sent, DeliveryStatus.Sent], rerun.Select(result => result.Status));
        Assert.Equal(3, server.Messages.Count);
    }

    [Fact]
    public void Email_SendsToEachAddressOnce_WhenToAndCcNameItTwice()
    {
        using var server = SmtpServer.StartScripted("none");
        var project = new DeliveryProject(Smtp(server.Port));
        File.WriteAllText(project.Folder.BriefsFile, File.ReadAllText(project.Folder.BriefsFile)
            .Replace($"to: [{DeliveryProject.Reader}]", $"to: [{DeliveryProject.Reader}, \"Reader <READER@example.org>\"]", StringComparison.Ordinal)
            .Replace($"cc: [{DeliveryProject.Archive}]", $"cc: [Reader@Example.org, {DeliveryProject.Archive}, ARCHIVE@example.org]", StringComparison.Ordinal));

        var run = Email(project);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Equal(3, server.Messages.Count);
        Assert.All(server.Messages, path =>
            Assert.Equal($"X-RcptTo: {DeliveryProject.Reader}, {DeliveryProject.Archive}", File.ReadLines(path).Single(header => header.StartsWith("X-RcptTo:", StringComparison.Ordinal))));
        Assert.Equal(6, project.Ledger.Entries.Count);
    }

    [Theory]
    [InlineData("boss@example.org; deputy@example.org", "is more than one address; write one address per list entry")]
    [InlineData("boss@example.org, evil@example.org", "is more than one address; write one address per list entry")]
    [InlineData("jörg@example.org", "has a non-ASCII part before the @")]
    public void Email_RefusesARecipientEntry_ThatIsNotOneAsciiAddress_WithItsPlace(string entry, string message)
    {
        var project = new DeliveryProject("  from: Analysis Desk <desk@example.org>");
        var yaml = File.ReadAllText(project.Folder.BriefsFile).Replace($"to: [{DeliveryProject.Reader}]", $"to: [{DeliveryProject.Archive}, \"{entry}\"]", StringComparison.Ordinal);
        File.WriteAllText(project.Folder.BriefsFile, yaml);
        var lines = yaml.Split('\n');
        var line = Array.FindIndex(lines, text => text.Contains(entry, StringComparison.Ordinal));
        var place = $"briefs.yaml:{line + 1}:{lines[line].IndexOf('"', StringComparison.Ordinal) + 1}";

        var run = Email(project);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.StartsWith($"briefings: {place}: defaults.email: recipient '{entry}' {message}", run.Error.Trim());
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.False(Directory.Exists(project.Outbox));
    }
}
