using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Briefings.Testing;

namespace Briefings.Tests.Delivery;

/// <summary>
/// A real SMTP server on 127.0.0.1 for the integration tests: Debian's aiosmtpd with its Mailbox
/// handler, so every message it accepts is saved as a file under <see cref="Maildir"/>/new. Where
/// aiosmtpd is not installed the tests skip, unless BRIEFINGS_REQUIRE_TOOLS=1 (CI) makes that a failure.
/// </summary>
public sealed class SmtpServer : IDisposable
{
    private readonly Process process;

    private SmtpServer(Process process, int port, string maildir)
    {
        this.process = process;
        Port = port;
        Maildir = maildir;
    }

    public int Port { get; }

    public string Maildir { get; }

    public IReadOnlyList<string> Messages =>
        Directory.Exists(Path.Combine(Maildir, "new")) ? [.. Directory.EnumerateFiles(Path.Combine(Maildir, "new")).Order(StringComparer.Ordinal)] : [];

    /// <param name="tls">Offer STARTTLS with this certificate, and accept mail only after it (aiosmtpd's default).</param>
    public static SmtpServer Start(TestCertificates? tls = null)
    {
        var aiosmtpd = ExternalTool.Require("aiosmtpd", "apt-get install python3-aiosmtpd");
        var port = FreePort();
        // A path that does not exist yet: aiosmtpd's Mailbox creates new/, cur/ and tmp/ only when it makes the folder itself.
        var maildir = Path.Combine(Directory.CreateTempSubdirectory("smtp-").FullName, "maildir");
        var start = new ProcessStartInfo(aiosmtpd)
        {
            ArgumentList = { "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (tls is not null)
        {
            start.ArgumentList.Insert(0, "--tlscert");
            start.ArgumentList.Insert(1, tls.CertificateFile);
            start.ArgumentList.Insert(2, "--tlskey");
            start.ArgumentList.Insert(3, tls.KeyFile);
        }
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new SmtpServer(process, port, maildir);
        for (var waited = 0; waited < 10_000; waited += 50)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"aiosmtpd exited at start with code {process.ExitCode}.");
            if (Accepts(port))
                return server;
            Thread.Sleep(50);
        }
        server.Dispose();
        throw new TimeoutException("aiosmtpd did not start listening within 10 s.");
    }

    /// <summary>A port nothing listens on (for the "server down" tests too).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
    }
}
