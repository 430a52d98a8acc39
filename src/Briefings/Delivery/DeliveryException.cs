namespace Briefings.Delivery;

/// <summary>A brief could not be mailed: a missing PDF or template, a missing password, a server that refused or could not be reached.</summary>
public sealed class DeliveryException(string message, Exception? inner = null) : Exception(message, inner);
