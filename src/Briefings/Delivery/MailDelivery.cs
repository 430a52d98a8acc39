using System.Collections.Immutable;
using Briefings.Definitions;

namespace Briefings.Delivery;

/// <summary>
/// Delivery as a command runs it, for <c>email</c> and <c>build --email</c>: the transport chosen from
/// briefs.yaml's <c>delivery</c> block, then each brief's current PDF mailed through it.
/// </summary>
public sealed class MailDelivery
{
    private readonly BriefsFile _file;
    private readonly IMailTransport _transport;

    /// <param name="retrying">Told of each retry after a transient failure.</param>
    /// <exception cref="DeliveryException">briefs.yaml has no <c>delivery</c> block, or it names a transport that cannot be set up.</exception>
    public MailDelivery(BriefsFile file, Action<string> retrying)
    {
        _file = file;
        var delivery = file.Delivery ?? throw new DeliveryException($"{Path.GetFileName(file.Path)} has no 'delivery' block: add one with a 'from' address (and 'smtp', or messages go to outbox/).");
        _transport = SmtpTransport.For(delivery, retrying);
    }

    /// <summary>Where the messages go: the SMTP server, or the outbox folder.</summary>
    public string Transport => _transport.Description;

    /// <exception cref="DefinitionException">briefs.yaml is refused as a whole.</exception>
    /// <exception cref="DeliveryException">As for the constructor.</exception>
    public static MailDelivery Open(string briefsPath, Action<string> retrying) => new(new BriefsFileLoader().Load(briefsPath), retrying);

    /// <exception cref="DeliveryException">An unreadable ledger, another delivery running, or a ledger that cannot be written.</exception>
    public ImmutableArray<DeliveryResult> Deliver(DeliveryOptions options, Action<DeliveryResult>? progress = null) =>
        new Deliverer(_file, _transport, TimeProvider.System).Deliver(options, progress);
}
