using System.Text.Json;
using Briefings.Testing;

namespace Briefings.Tests.Delivery;

/// <summary>
/// A received message as Python's standard <c>email</c> package parses it (there is no MIME parser
/// in .NET's base library): headers, the text and HTML bodies, and each attachment's type, file
/// name and SHA-256.
/// </summary>
public sealed record ReceivedMessage(string From, string To, string? Cc, string Subject, string MessageId, string Text, string Html, IReadOnlyList<ReceivedAttachment> Attachments)
{
    private const string Parser = """
        import email, email.policy, hashlib, json, sys
        with open(sys.argv[1], 'rb') as f:
            m = email.message_from_binary_file(f, policy=email.policy.default)
        text = m.get_body(preferencelist=('plain',))
        html = m.get_body(preferencelist=('html',))
        print(json.dumps({
            'from': str(m['From']), 'to': str(m['To']), 'cc': str(m['Cc']) if m['Cc'] else None,
            'subject': str(m['Subject']), 'message_id': str(m['Message-ID']),
            'text': text.get_content() if text else '', 'html': html.get_content() if html else '',
            'attachments': [{'content_type': a.get_content_type(), 'file_name': a.get_filename(),
                             'sha256': hashlib.sha256(a.get_payload(decode=True)).hexdigest()} for a in m.iter_attachments()],
        }))
        """;

    public static ReceivedMessage Parse(string path)
    {
        var (exitCode, output) = ExternalTool.Run("python3", "-c", Parser, path);
        if (exitCode != 0)
            throw new InvalidOperationException($"the message {path} does not parse: {output}");
        return JsonSerializer.Deserialize<ReceivedMessage>(output, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!;
    }
}

public sealed record ReceivedAttachment(string ContentType, string FileName, string Sha256);
