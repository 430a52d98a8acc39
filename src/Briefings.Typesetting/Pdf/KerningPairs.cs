using System.Buffers.Binary;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// The pair kerning of an OpenType font, read from its GPOS table (the bundled Noto fonts have no
/// legacy <c>kern</c> table, and PDFsharp 6.2 applies neither): the horizontal advance adjustments
/// of the pair-positioning lookups (type 2, also behind type 9 extensions) of the <c>kern</c>
/// feature, in font units. Only what pair kerning needs is read: coverage tables, class definitions
/// and the first value record's XAdvance; a table it does not understand adds nothing.
/// </summary>
internal sealed class KerningPairs
{
    private const ushort XAdvanceFlag = 0x0004;

    private readonly byte[] _font;
    // Per lookup, its pair-positioning subtables: within a lookup the first that covers a pair applies.
    // Arrays rather than generic collections of ints: each new instantiation costs JIT time at start-up.
    private int[][] _lookups = [];

    public static KerningPairs None { get; } = new([]);

    private KerningPairs(byte[] font) => _font = font;

    public bool IsEmpty => _lookups.Length == 0;

    /// <summary>Reads the kerning lookups of a TrueType/OpenType font file.</summary>
    public static KerningPairs Read(byte[] font)
    {
        var pairs = new KerningPairs(font);
        try
        {
            pairs.ReadGpos();
        }
        catch (IndexOutOfRangeException)
        {
            pairs._lookups = []; // a damaged table: no kerning rather than a failure
        }
        catch (ArgumentOutOfRangeException)
        {
            pairs._lookups = [];
        }
        return pairs;
    }

    /// <summary>The advance adjustment after <paramref name="left"/> when <paramref name="right"/> follows, in font units.</summary>
    public int Adjustment(ushort left, ushort right)
    {
        var total = 0;
        foreach (var subtables in _lookups)
        {
            foreach (var subtable in subtables)
            {
                if (Pair(subtable, left, right) is { } value)
                {
                    total += value;
                    break;
                }
            }
        }
        return total;
    }

    private void ReadGpos()
    {
        var gpos = TableOffset("GPOS"u8);
        if (gpos < 0)
            return;
        var featureList = gpos + U16(gpos + 6);
        var lookupList = gpos + U16(gpos + 8);
        var lookupCount = U16(lookupList);
        var used = new bool[lookupCount]; // lookups apply in list order, each once
        for (int i = 0, count = U16(featureList); i < count; i++)
        {
            var record = featureList + 2 + 6 * i;
            if (_font.AsSpan(record, 4).SequenceEqual("kern"u8))
            {
                var feature = featureList + U16(record + 4);
                for (int k = 0, indices = U16(feature + 2); k < indices; k++)
                    used[U16(feature + 4 + 2 * k)] = true;
            }
        }
        var lookups = new List<int[]>();
        for (var index = 0; index < lookupCount; index++)
        {
            if (!used[index])
                continue;
            var lookup = lookupList + U16(lookupList + 2 + 2 * index);
            var type = U16(lookup);
            var count = U16(lookup + 4);
            var subtables = new int[count];
            var kept = 0;
            for (var s = 0; s < count; s++)
            {
                var subtable = lookup + U16(lookup + 6 + 2 * s);
                var subtype = type;
                if (type == 9)
                {
                    subtype = U16(subtable + 2);
                    subtable += (int)BinaryPrimitives.ReadUInt32BigEndian(_font.AsSpan(subtable + 4));
                }
                if (subtype == 2 && U16(subtable) is 1 or 2)
                    subtables[kept++] = subtable;
            }
            if (kept > 0)
            {
                var trimmed = new int[kept];
                Array.Copy(subtables, trimmed, kept);
                lookups.Add(trimmed);
            }
        }
        _lookups = [.. lookups];
    }

    /// <summary>The pair's adjustment in one PairPos subtable, or null when the subtable does not cover the pair.</summary>
    private int? Pair(int subtable, ushort left, ushort right)
    {
        var coverage = CoverageIndex(subtable + U16(subtable + 2), left);
        if (coverage < 0)
            return null;
        var format1 = U16(subtable + 4);
        var format2 = U16(subtable + 6);
        var size1 = 2 * ushort.PopCount(format1);
        var size2 = 2 * ushort.PopCount(format2);
        if (U16(subtable) == 1)
        {
            var pairSet = subtable + U16(subtable + 10 + 2 * coverage);
            var record = 2 + size1 + size2;
            var found = IndexOf(pairSet + 2, U16(pairSet), record, right);
            return found < 0 ? null : XAdvance(pairSet + 2 + found * record + 2, format1);
        }
        var class1 = ClassOf(subtable + U16(subtable + 8), left);
        var class2 = ClassOf(subtable + U16(subtable + 10), right);
        var class2Count = U16(subtable + 14);
        if (class1 >= U16(subtable + 12) || class2 >= class2Count)
            return 0;
        var value = subtable + 16 + (class1 * class2Count + class2) * (size1 + size2);
        return XAdvance(value, format1);
    }

    /// <summary>The XAdvance field of a value record (fields are stored in flag order), or 0 when it has none.</summary>
    private int XAdvance(int record, ushort format)
    {
        if ((format & XAdvanceFlag) == 0)
            return 0;
        var before = ushort.PopCount((ushort)(format & (XAdvanceFlag - 1)));
        return (short)U16(record + 2 * before);
    }

    private int CoverageIndex(int coverage, ushort glyph)
    {
        if (U16(coverage) == 1)
            return IndexOf(coverage + 4, U16(coverage + 2), 2, glyph);
        var range = RangeOf(coverage, glyph);
        return range < 0 ? -1 : U16(range + 4) + glyph - U16(range);
    }

    private int ClassOf(int classDef, ushort glyph)
    {
        if (U16(classDef) == 1)
        {
            var start = U16(classDef + 2);
            return glyph >= start && glyph - start < U16(classDef + 4) ? U16(classDef + 6 + 2 * (glyph - start)) : 0;
        }
        var range = RangeOf(classDef, glyph);
        return range < 0 ? 0 : U16(range + 4);
    }

    /// <summary>The index of the record (of <paramref name="stride"/> bytes, sorted by a leading glyph id) holding the glyph, or -1.</summary>
    private int IndexOf(int first, int count, int stride, ushort glyph)
    {
        int low = 0, high = count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var found = U16(first + mid * stride);
            if (found == glyph)
                return mid;
            if (found < glyph)
                low = mid + 1;
            else
                high = mid - 1;
        }
        return -1;
    }

    /// <summary>
    /// In a table of format 2 (coverage or class definition), the offset of the range record
    /// (start, end, value) holding the glyph, or -1.
    /// </summary>
    private int RangeOf(int table, ushort glyph)
    {
        int low = 0, high = U16(table + 2) - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var range = table + 4 + 6 * mid;
            if (glyph < U16(range))
                high = mid - 1;
            else if (glyph > U16(range + 2))
                low = mid + 1;
            else
                return range;
        }
        return -1;
    }

    private int TableOffset(ReadOnlySpan<byte> tag)
    {
        for (int i = 0, count = U16(4); i < count; i++)
        {
            var record = 12 + 16 * i;
            if (_font.AsSpan(record, 4).SequenceEqual(tag))
                return (int)BinaryPrimitives.ReadUInt32BigEndian(_font.AsSpan(record + 8));
        }
        return -1;
    }

    private ushort U16(int offset) => BinaryPrimitives.ReadUInt16BigEndian(_font.AsSpan(offset, 2));
}
