using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Briefings.Foundation.Text;

namespace Briefings.Cli;

/// <summary>
/// What makes a command line a usage error (exit 2), for every command alike: an option no command
/// has (System.CommandLine would otherwise hand <c>--jsn</c> to an optional path argument as a file
/// name), a token left over, a missing argument, and an input file or folder that does not exist.
/// Each is one line naming it, with the closest known option or name.
/// </summary>
public static class UsageRules
{
    /// <summary>Commands whose path arguments name what they create, so need not exist.</summary>
    private static readonly HashSet<string> Creating = new(StringComparer.Ordinal) { "init" };

    public static void Apply(Command command)
    {
        foreach (var argument in command.Arguments)
        {
            argument.Validators.Add(result => RefuseOptionLikeTokens(result, command));
            if (!Creating.Contains(command.Name))
                argument.Validators.Add(RefuseMissingPath);
        }
        foreach (var subcommand in command.Subcommands)
            Apply(subcommand);
    }

    /// <summary>
    /// The usage errors of a parse, one line each; empty when the command line is usable. An unknown
    /// option is reported alone: the tokens after it shift, so what else fails follows from it.
    /// </summary>
    public static IReadOnlyList<string> Errors(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var unknown = parse.UnmatchedTokens.Where(token => token.StartsWith('-')).Select(token => UnknownOption(token, command))
            .Concat(parse.Errors.Select(error => error.Message).Where(message => message.StartsWith("unknown option", StringComparison.Ordinal)))
            .Take(1)
            .ToList();
        var lines = unknown.Count > 0 ? unknown : [
            .. parse.UnmatchedTokens.Take(command.Subcommands.Count > 0 ? 1 : parse.UnmatchedTokens.Count).Select(token => command.Subcommands.Count > 0
                ? $"unknown command '{token}'{Suggestion.Hint(token, command.Subcommands.Select(subcommand => subcommand.Name))}"
                : $"unexpected argument '{token}' for '{command.Name}'"),
            .. parse.Errors.Where(error => !parse.UnmatchedTokens.Any(token => error.Message.Contains($"'{token}'", StringComparison.Ordinal)))
                .Where(error => parse.UnmatchedTokens.Count == 0 || error.SymbolResult is not CommandResult)
                .Select(Describe),
        ];
        return [.. lines.Distinct(StringComparer.Ordinal).Select(line => line.TrimEnd('.') + Usage(command))];
    }

    /// <summary>System.CommandLine's own errors, in the words of the other refusals.</summary>
    private static string Describe(ParseError error) => error.SymbolResult switch
    {
        ArgumentResult { Tokens.Count: 0 } missing when error.Message.StartsWith("Required argument", StringComparison.Ordinal) => $"missing the {missing.Argument.Name} argument",
        CommandResult { Command.Subcommands.Count: > 0 } => "missing a command",
        _ => error.Message,
    };

    private static void RefuseOptionLikeTokens(ArgumentResult result, Command command)
    {
        foreach (var token in result.Tokens.Where(token => token.Value.Length > 1 && token.Value.StartsWith('-')))
            result.AddError(UnknownOption(token.Value, command));
    }

    private static void RefuseMissingPath(ArgumentResult result)
    {
        if (result.Tokens.Any(token => token.Value.StartsWith('-')))
            return;
        FileSystemInfo? value = result.Argument.ValueType == typeof(DirectoryInfo) ? result.GetValueOrDefault<DirectoryInfo>()
            : result.Argument.ValueType == typeof(FileInfo) ? result.GetValueOrDefault<FileInfo>()
            : null;
        var path = value switch
        {
            FileInfo file when !file.Exists => (Info: (FileSystemInfo)file, What: Directory.Exists(file.FullName) ? "file '{0}' is a folder" : "file '{0}' does not exist"),
            DirectoryInfo folder when !folder.Exists => (Info: folder, What: File.Exists(folder.FullName) ? "folder '{0}' is a file" : "folder '{0}' does not exist"),
            _ => default,
        };
        if (path.Info is null)
            return;
        var written = result.Tokens.Count > 0 ? result.Tokens[0].Value : path.Info.ToString();
        var parent = Path.GetDirectoryName(path.Info.FullName);
        var siblings = parent is not null && Directory.Exists(parent) ? Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName).OfType<string>() : [];
        result.AddError($"the {string.Format(CultureInfo.InvariantCulture, path.What, written)}{Suggestion.Hint(Path.GetFileName(path.Info.FullName), siblings)}");
    }

    private static string UnknownOption(string token, Command command)
    {
        var options = command.Options.Where(option => !option.Hidden).SelectMany(option => new[] { option.Name }.Concat(option.Aliases))
            .Where(name => name.StartsWith("--", StringComparison.Ordinal)).Distinct().ToList();
        return $"unknown option '{token}' for '{command.Name}'{Suggestion.Hint(token, options)}";
    }

    private static string Usage(Command command) => $"; see `briefings {(command.Parents.Any() ? command.Name + " " : "")}--help`.";
}
