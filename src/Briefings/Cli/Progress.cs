using Spectre.Console;

namespace Briefings.Cli;

/// <summary>
/// Progress for the long parts of a first run on a large corpus (reading and analysing the articles):
/// a spinner saying what is being done on a terminal, cleared when done; nothing when output is redirected.
/// </summary>
public static class Progress
{
    public static T While<T>(string what, Func<T> work) =>
        Terminal.IsInteractive && !Console.IsErrorRedirected
            ? AnsiConsole.Status().Start(what, _ => work())
            : work();
}
