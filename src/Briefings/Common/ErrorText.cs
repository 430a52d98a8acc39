namespace Briefings.Common;

/// <summary>Formats an error as one line: <c>file:line:column: message</c> when it is located, the message alone otherwise.</summary>
public static class ErrorText
{
    public static string Of(Exception error)
    {
        var message = error.Message.ReplaceLineEndings(" ");
        return error is LocatedException { Location: { } location } ? $"{location}: {message}" : message;
    }
}
