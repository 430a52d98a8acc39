using System.Net.Mail;

namespace Briefings.Delivery;

/// <summary>Writes each message as an .eml file into a pickup folder (System.Net.Mail's SpecifiedPickupDirectory): the default, needing no server.</summary>
public sealed class PickupTransport(string folder) : IMailTransport
{
    public string Description => Path.GetRelativePath(Environment.CurrentDirectory, folder) + "/";

    public void Send(MailMessage message)
    {
        Directory.CreateDirectory(folder);
        using var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };
        client.Send(message);
    }
}
