namespace Briefings.Typesetting.Pdf;

/// <summary>
/// The kerning, in font units, of the character pairs <see cref="FaceMetrics"/> keeps outside its
/// dense table: an open-addressing table keyed by the pair, behind a lock, as such pairs are rare.
/// Plain arrays rather than a concurrent dictionary keyed by a tuple, whose generic code the JIT
/// would compile on every run.
/// </summary>
internal sealed class PairKernTable
{
    private const int InitialSize = 64;

    private readonly Lock _gate = new();
    private uint[] _keys = new uint[InitialSize]; // 0: an empty slot (the pair of two NULs is never kept here)
    private short[] _values = new short[InitialSize];
    private int _count;

    public static uint Key(char left, char right) => (uint)left << 16 | right;

    public bool TryGet(uint key, out short units)
    {
        lock (_gate)
        {
            var slot = Slot(_keys, key);
            units = _values[slot];
            return _keys[slot] == key;
        }
    }

    /// <summary>Keeps the kerning of a pair; two threads adding the same pair add the same value.</summary>
    public void Add(uint key, short units)
    {
        lock (_gate)
        {
            if (2 * (_count + 1) > _keys.Length)
                Grow();
            var slot = Slot(_keys, key);
            if (_keys[slot] != key)
                _count++;
            (_keys[slot], _values[slot]) = (key, units);
        }
    }

    private void Grow()
    {
        var (keys, values) = (new uint[_keys.Length * 2], new short[_keys.Length * 2]);
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] == 0)
                continue;
            var slot = Slot(keys, _keys[i]);
            (keys[slot], values[slot]) = (_keys[i], _values[i]);
        }
        (_keys, _values) = (keys, values);
    }

    /// <summary>The slot holding the key, or the empty slot where it would go (linear probing; the table is at most half full).</summary>
    private static int Slot(uint[] keys, uint key)
    {
        var mask = keys.Length - 1;
        var slot = (int)(key * 2654435769u >> 7) & mask;
        while (keys[slot] != 0 && keys[slot] != key)
            slot = (slot + 1) & mask;
        return slot;
    }
}
