using System.Text;

namespace Briefings.Composition.Templates;

/// <summary>
/// Collects a template's output and stops it, by throwing, once it passes a size limit or its
/// deadline: a template that loops or explodes ends with a clear error instead of filling memory.
/// </summary>
internal sealed class BoundedWriter(int maxChars, DateTime deadline) : TextWriter
{
    private readonly StringBuilder text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        Check(1);
        text.Append(value);
    }

    public override void Write(string? value)
    {
        Check(value?.Length ?? 0);
        text.Append(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Check(count);
        text.Append(buffer, index, count);
    }

    public override string ToString() => text.ToString();

    private void Check(int adding)
    {
        if (text.Length + adding > maxChars)
            throw new TemplateLimitException($"the brief template produces more than {maxChars / 1_000_000} million characters; it probably repeats without end.");
        if (DateTime.UtcNow > deadline)
            throw new TemplateLimitException("the brief template is still rendering after its time limit; it probably repeats without end.");
    }
}

/// <summary>A template passed the size or time bound of <see cref="BoundedWriter"/>.</summary>
internal sealed class TemplateLimitException(string message) : Exception(message);
