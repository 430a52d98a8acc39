namespace Briefings.Delivery;

/// <summary>
/// <c>out/.briefings-deliveries.lock</c>, held open with no sharing for the whole of one delivery, so
/// two overlapping <c>email</c> runs (or <c>build --email</c> during one) cannot both send. The
/// operating system releases it when the process ends, however it ends.
/// </summary>
public sealed class DeliveryLock : IDisposable
{
    public const string FileName = ".briefings-deliveries.lock";

    private readonly FileStream _stream;

    private DeliveryLock(FileStream stream) => _stream = stream;

    public static DeliveryLock Acquire(string outputFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        try
        {
            Directory.CreateDirectory(outputFolder);
            return new DeliveryLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException error) when (File.Exists(path))
        {
            throw new DeliveryException($"another `briefings email` (or `build --email`) is delivering from {Path.GetRelativePath(Environment.CurrentDirectory, outputFolder)}/ now; nothing was sent. Run it again when that one has finished.", error);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new DeliveryException($"{path}: the delivery lock cannot be taken ({error.Message.TrimEnd('.')}); nothing was sent.", error);
        }
    }

    public void Dispose() => _stream.Dispose();
}
