using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>The character properties of CPython 3.11's Unicode database (14.0.0) that str needs, from the table
/// in UnicodeDb.g.cs (see gen-unicode-db.py). ASCII is answered from a small table without touching the big one,
/// which is inflated on first use of a non-ASCII character.</summary>
internal static partial class UnicodeDb
{
    private struct Record
    {
        public ushort Flags;
        public byte Decimal, Digit;
        public int Lower, Upper, Title, Fold;
    }

    private sealed class Tables
    {
        public required Record[] Records;
        public required int[] Ext;
        public required int Shift;
        public required ushort[] Index1, Index2;
    }

    private static Tables? s_tables;
    private static readonly ushort[] s_asciiFlags = BuildAscii();

    private static Tables Load()
    {
        var compressed = Convert.FromBase64String(Data);
        using var inflate = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflate.CopyTo(raw);
        var r = new BinaryReader(new MemoryStream(raw.GetBuffer(), 0, (int)raw.Length));
        int nrec = r.ReadInt32(), next = r.ReadInt32(), shift = r.ReadInt32(), n1 = r.ReadInt32(), n2 = r.ReadInt32();
        var recs = new Record[nrec];
        for (int i = 0; i < nrec; i++)
            recs[i] = new Record
            {
                Flags = r.ReadUInt16(), Decimal = r.ReadByte(), Digit = r.ReadByte(),
                Lower = r.ReadInt32(), Upper = r.ReadInt32(), Title = r.ReadInt32(), Fold = r.ReadInt32(),
            };
        var ext = new int[next];
        for (int i = 0; i < next; i++) ext[i] = r.ReadInt32();
        var i1 = new ushort[n1];
        for (int i = 0; i < n1; i++) i1[i] = r.ReadUInt16();
        var i2 = new ushort[n2];
        for (int i = 0; i < n2; i++) i2[i] = r.ReadUInt16();
        return new Tables { Records = recs, Ext = ext, Shift = shift, Index1 = i1, Index2 = i2 };
    }

    private static ushort[] BuildAscii()
    {
        var f = new ushort[128];
        for (int c = 0; c < 128; c++)
        {
            int v = 0;
            bool lo = c is >= 'a' and <= 'z', up = c is >= 'A' and <= 'Z', dig = c is >= '0' and <= '9';
            if (lo || up) v |= Alpha | Cased | XidStart | XidContinue;
            if (lo) v |= Lower;
            if (up) v |= Upper;
            if (dig) v |= Decimal | Digit | Numeric | XidContinue;
            if (c == '_') v |= XidContinue | XidStart;
            if (c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r' or '\x1c' or '\x1d' or '\x1e' or '\x1f') v |= Space;
            if (c >= 0x20 && c < 0x7F) v |= Printable;
            if (c is '\'' or '.' or ':' or '^' or '`') v |= CaseIgnorable;
            f[c] = (ushort)v;
        }
        return f;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ref readonly Record Get(int cp)
    {
        var t = s_tables ??= Load();
        if ((uint)cp > 0x10FFFF) cp = 0xE0000; // unassigned: callers only pass real code points
        int block = t.Index1[cp >> t.Shift];
        return ref t.Records[t.Index2[(block << t.Shift) + (cp & ((1 << t.Shift) - 1))]];
    }

    /// <summary>The property flags of <paramref name="cp"/> (the constants of UnicodeDb.g.cs).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Flags(int cp) => cp < 128 ? s_asciiFlags[cp] : Get(cp).Flags;

    public static bool Has(int cp, int flag) => (Flags(cp) & flag) != 0;

    /// <summary>The decimal digit value (0–9) or -1.</summary>
    public static int DecimalValue(int cp)
    {
        if (cp < 128) return cp is >= '0' and <= '9' ? cp - '0' : -1;
        byte d = Get(cp).Decimal;
        return d == 255 ? -1 : d;
    }

    /// <summary>The digit value (0–9) or -1.</summary>
    public static int DigitValue(int cp)
    {
        if (cp < 128) return cp is >= '0' and <= '9' ? cp - '0' : -1;
        byte d = Get(cp).Digit;
        return d == 255 ? -1 : d;
    }

    public enum CaseKind { Lower, Upper, Title, Fold }

    /// <summary>Writes the full case mapping of <paramref name="cp"/> into <paramref name="dest"/> (room for 3)
    /// and returns how many code points it has.</summary>
    public static int Map(int cp, CaseKind kind, Span<int> dest)
    {
        if (cp < 128)
        {
            bool up = cp is >= 'A' and <= 'Z', lo = cp is >= 'a' and <= 'z';
            dest[0] = kind is CaseKind.Lower or CaseKind.Fold ? (up ? cp + 32 : cp) : (lo ? cp - 32 : cp);
            return 1;
        }
        ref readonly var r = ref Get(cp);
        int v = kind switch { CaseKind.Lower => r.Lower, CaseKind.Upper => r.Upper, CaseKind.Title => r.Title, _ => r.Fold };
        if (v >= 0)
        {
            dest[0] = cp + v - 0x200000;
            return 1;
        }
        var ext = s_tables!.Ext;
        int at = -(v + 1), n = ext[at];
        for (int i = 0; i < n; i++) dest[i] = ext[at + 1 + i];
        return n;
    }
}
