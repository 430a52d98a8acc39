using Briefings.Typesetting.Infrastructure;

namespace Briefings.Common;

/// <summary>
/// Formats an error as one line: <c>file:line:column: message</c> when it is located (a place without a file, such as
/// a document's front matter, takes <c>file</c>), <c>file: message</c> or the message alone otherwise.
/// </summary>
public static class ErrorText
{
    public static string Of(Exception error, string? file = null)
    {
        var message = error.Message.ReplaceLineEndings(" ");
        return error switch
        {
            LocatedException { Location: { } location } => $"{location}: {message}",
            TypesettingException { Place: not null } typesetting => typesetting.Located(file).ReplaceLineEndings(" "),
            _ when file is not null => $"{file}: {message}",
            _ => message,
        };
    }
}
