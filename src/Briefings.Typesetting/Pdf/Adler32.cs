namespace Briefings.Typesetting.Pdf;

/// <summary>The zlib checksum (RFC 1950), which .NET exposes only inside ZLibStream.</summary>
internal static class Adler32
{
    private const uint Modulus = 65521;

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        while (data.Length > 0)
        {
            // 5552 is the largest block for which the sums cannot overflow 32 bits.
            var block = data[..Math.Min(5552, data.Length)];
            foreach (var value in block)
            {
                a += value;
                b += a;
            }
            a %= Modulus;
            b %= Modulus;
            data = data[block.Length..];
        }
        return (b << 16) | a;
    }
}
