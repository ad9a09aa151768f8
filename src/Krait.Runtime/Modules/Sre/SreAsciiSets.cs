namespace Krait.Runtime;

/// <summary>Per-pattern ASCII membership bitmaps of every charset in the code, keyed by the charset's start: set
/// membership is a pure function of the character, so the common ASCII case becomes one bit test instead of a
/// walk of the charset program.</summary>
internal sealed class SreAsciiSets
{
    /// <summary>Code position → slot (-1: not a charset start).</summary>
    private readonly int[] _slot;
    /// <summary>Two words (characters 0–63, 64–127) per slot.</summary>
    private readonly ulong[] _bits;

    public SreAsciiSets(uint[] code, List<int> starts)
    {
        _slot = new int[code.Length + 1];
        Array.Fill(_slot, -1);
        _bits = new ulong[2 * starts.Count];
        for (int k = 0; k < starts.Count; k++)
        {
            int set = starts[k];
            _slot[set] = k;
            for (int ch = 0; ch < 128; ch++)
                if (SreCharset.In(code, set, ch)) _bits[2 * k + (ch >> 6)] |= 1UL << (ch & 63);
        }
    }

    /// <summary>SreCharset.In with the ASCII fast path.</summary>
    public bool In(uint[] code, int set, int ch)
    {
        if ((uint)ch < 128)
        {
            int slot = _slot[set];
            if (slot >= 0) return ((_bits[2 * slot + (ch >> 6)] >> (ch & 63)) & 1) != 0;
        }
        return SreCharset.In(code, set, ch);
    }
}
