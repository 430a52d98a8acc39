namespace Briefings.Delivery;

/// <summary>
/// A message was not accepted, in one line (<see cref="Exception.Message"/>). <see cref="Transient"/>
/// failures happened before the message was handed over and are worth another attempt;
/// <see cref="MayHaveBeenSent"/> ones happened after, so the server may hold the message and it must
/// not be sent again on its own.
/// </summary>
public sealed class MailFailure(string reason, bool transient = false, bool mayHaveBeenSent = false, Exception? inner = null) : Exception(reason, inner)
{
    public bool Transient { get; } = transient && !mayHaveBeenSent;

    public bool MayHaveBeenSent { get; } = mayHaveBeenSent;
}
