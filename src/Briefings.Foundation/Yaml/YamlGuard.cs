using YamlDotNet.Core;

namespace Briefings.Foundation.Yaml;

/// <summary>
/// YamlDotNet 16.3 throws <see cref="InvalidOperationException"/> ("The scanner should contain no
/// more tokens.") on some malformed documents, such as a "..." end marker followed by content, and
/// <see cref="ArgumentException"/> ("The current event is of an unsupported type") on a key-less
/// ": value", where it should throw a <see cref="YamlException"/>. Every YAML read goes through this, so that such a
/// document is reported like any other malformed YAML instead of crashing. (Found by the fuzz tests.)
/// </summary>
public static class YamlGuard
{
    public static T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException or NotSupportedException or FormatException or OverflowException
                                      && error.StackTrace?.Contains("YamlDotNet", StringComparison.Ordinal) == true)
        {
            // Not chained: our message is the one to show, and YamlDotNet's is in it.
            throw new YamlException(Mark.Empty, Mark.Empty, $"the YAML is malformed ({error.Message.TrimEnd('.')}); check '...' and '---' markers and indentation.");
        }
    }

    public static void Read(Action read) => Read(() =>
    {
        read();
        return true;
    });
}
