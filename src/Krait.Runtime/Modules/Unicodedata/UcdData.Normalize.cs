namespace Krait.Runtime;

// Normalization forms (UAX #15): full canonical or compatibility decomposition (Hangul algorithmically),
// canonical ordering by combining class, then canonical composition for NFC/NFKC.
internal sealed partial class UcdData
{
    private const int LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;

    /// <summary>CPython's normalization_3_2_0 corrections: compatibility ideographs whose 3.2.0 decomposition
    /// was later corrected (UAX #15 corrigendum); ucd_3_2_0 keeps the old one.</summary>
    private static int Correction32(int cp) => cp switch
    {
        0x2F868 => 0x2136A, 0x2F874 => 0x5F33, 0x2F91F => 0x43AB, 0x2F95F => 0x7AAE, 0x2F9BF => 0x4D57, _ => -1,
    };

    private void Decompose(int cp, bool compat, bool v32, List<int> dest)
    {
        if (v32 && Correction32(cp) is var old && old >= 0) { dest.Add(old); return; }
        if (cp >= SBase && cp < SBase + SCount)
        {
            int s = cp - SBase;
            dest.Add(LBase + s / NCount);
            dest.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0) dest.Add(TBase + s % TCount);
            return;
        }
        if ((!v32 || !UnassignedIn32(cp)) && Decompositions.TryGetValue(cp, out var d) && (compat || d[0] != '<'))
        {
            int i = 0;
            if (d[0] == '<') { i = d.IndexOf('>') + 2; if (i > d.Length) i = d.Length; }
            foreach (var part in d[i..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                Decompose(Convert.ToInt32(part, 16), compat, v32, dest);
            return;
        }
        dest.Add(cp);
    }

    internal int Combining(int cp, bool v32) => v32 && UnassignedIn32(cp) ? 0 : Get(cp).Combining;

    internal List<int> Normalize(PyStr s, bool compose, bool compat, bool v32)
    {
        var buf = new List<int>(s.Length);
        int n = s.Length;
        for (int i = 0; i < n; i++) Decompose(s.CodePointAt(i), compat, v32, buf);
        // Canonical ordering: a stable sort of each run of non-starters by combining class.
        for (int i = 1; i < buf.Count; i++)
        {
            int cc = Combining(buf[i], v32);
            if (cc == 0) continue;
            int j = i;
            int cur = buf[i];
            while (j > 0 && Combining(buf[j - 1], v32) > cc) { buf[j] = buf[j - 1]; j--; }
            buf[j] = cur;
        }
        if (!compose) return buf;
        var result = new List<int>(buf.Count);
        int starter = -1, lastCc = 0;
        foreach (int cp in buf)
        {
            int cc = Combining(cp, v32);
            // Blocked when a character between the last starter and this one has class 0 or >= this one's (the
            // run is in canonical order, so the last such character decides).
            if (starter >= 0 && (result.Count - 1 == starter || (lastCc != 0 && lastCc < cc)))
            {
                int composite = Compose(result[starter], cp, v32);
                if (composite >= 0) { result[starter] = composite; continue; }
            }
            if (cc == 0) starter = result.Count;
            lastCc = cc;
            result.Add(cp);
        }
        return result;
    }

    private int Compose(int a, int b, bool v32)
    {
        // Hangul LV and LVT.
        if (a >= LBase && a < LBase + LCount && b >= VBase && b < VBase + VCount)
            return SBase + ((a - LBase) * VCount + (b - VBase)) * TCount;
        if (a >= SBase && a < SBase + SCount && (a - SBase) % TCount == 0 && b > TBase && b < TBase + TCount)
            return a + (b - TBase);
        if (!Compositions.TryGetValue(((long)a << 21) | (uint)b, out int c)) return -1;
        if (v32 && UnassignedIn32(c)) return -1;
        return c;
    }
}
