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
    private readonly Process _process;

    private SmtpServer(Process process, int port, string maildir)
    {
        _process = process;
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
        return Started(Process.Start(start)!, port, maildir);
    }

    public static SmtpServer Started(Process process, int port, string maildir)
    {
        var errors = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => { lock (errors) errors.AppendLine(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new SmtpServer(process, port, maildir);
        for (var waited = 0; waited < 10_000; waited += 50)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"aiosmtpd exited at start with code {process.ExitCode}: {errors}");
            if (Accepts(port))
                return server;
            Thread.Sleep(50);
        }
        server.Dispose();
        throw new TimeoutException("aiosmtpd did not start listening within 10 s.");
    }

    /// <summary>
    /// A server in one security mode (plain, STARTTLS required, implicit TLS), optionally requiring a
    /// login (AUTH LOGIN or PLAIN) as <paramref name="user"/> with <paramref name="password"/>, and
    /// behaving after DATA as <paramref name="behaviour"/> says: <c>accept</c>; <c>drop</c> (keep the
    /// message, then close the connection without a reply), <c>drop-once</c> (only the first time),
    /// <c>hang</c> (keep it and never reply), <c>slow</c> (keep it, reply after 1.5 s). aiosmtpd's command
    /// line can do none of this, so this runs its Controller from a short script, with the interpreter
    /// aiosmtpd itself runs with.
    /// </summary>
    public static SmtpServer StartScripted(string security, TestCertificates? tls = null, string user = "", string password = "", string behaviour = "accept")
    {
        var (python, folder, port) = Prepare();
        var maildir = Path.Combine(folder, "maildir");
        var script = Path.Combine(folder, "server.py");
        File.WriteAllText(script, """
            import asyncio, ssl, sys, threading
            from aiosmtpd.controller import Controller
            from aiosmtpd.handlers import Mailbox
            from aiosmtpd.smtp import AuthResult, LoginPassword

            port, maildir, security, cert, key, user, password, behaviour = sys.argv[1:9]

            class Behaving(Mailbox):
                received = 0

                async def handle_DATA(self, server, session, envelope):
                    reply = await super().handle_DATA(server, session, envelope)
                    Behaving.received += 1
                    if behaviour == 'drop' or behaviour == 'drop-once' and Behaving.received == 1:
                        server.transport.abort()
                    elif behaviour == 'hang':
                        await asyncio.sleep(3600)
                    elif behaviour == 'slow':
                        await asyncio.sleep(1.5)
                    return reply

            def authenticator(server, session, envelope, mechanism, data):
                accepted = isinstance(data, LoginPassword) and data.login == user.encode() and data.password == password.encode()
                return AuthResult(success=accepted, handled=False)

            options = {}
            if security != 'none':
                context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
                context.load_cert_chain(cert, key)
                options.update(tls_context=context, require_starttls=True) if security == 'starttls' else options.update(ssl_context=context)
            if user:
                # aiosmtpd counts only STARTTLS as TLS, so it must be told that AUTH over implicit TLS is fine too.
                options.update(authenticator=authenticator, auth_required=True, auth_require_tls=security == 'starttls')
            controller = Controller(Behaving(maildir), hostname="127.0.0.1", port=int(port), ready_timeout=10, **options)
            controller.start()
            threading.Event().wait()
            """);
        var start = new ProcessStartInfo(python)
        {
            ArgumentList = { script, port.ToString(System.Globalization.CultureInfo.InvariantCulture), maildir, security, tls?.CertificateFile ?? "", tls?.KeyFile ?? "", user, password, behaviour },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Started(Process.Start(start)!, port, maildir);
    }

    /// <summary>Debian's Python that runs aiosmtpd (skips or fails the test without it), a scratch folder and a free port.</summary>
    public static (string Python, string Folder, int Port) Prepare()
    {
        var aiosmtpd = ExternalTool.Require("aiosmtpd", "apt-get install python3-aiosmtpd");
        var python = File.ReadLines(aiosmtpd).First().TrimStart('#', '!').Trim();
        return (python, Directory.CreateTempSubdirectory("smtp-").FullName, FreePort());
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
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }
}
