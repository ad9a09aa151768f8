using System.IO.Compression;
using System.Text;

namespace Krait.Runtime;

/// <summary>The Unicode 14.0.0 database of CPython 3.11's unicodedata, with the 3.2.0 records that differ, loaded
/// on first use from the embedded unicodedata.bin (written by tools/gen-unicodedata.py).</summary>
internal sealed partial class UcdData
{
    internal struct Record { public byte Category, Bidi, Combining, EastAsianWidth, Mirrored; }

    internal struct OldRecord { public byte Category, Bidi, EastAsianWidth, Mirrored; public sbyte Decimal; public double Numeric; }

    internal string[] Categories = [], BidiNames = [], EastAsianWidths = [];
    private Record[] _records = [];
    private int _shift;
    private ushort[] _index1 = [], _index2 = [];
    internal readonly Dictionary<int, string> Decompositions = [];
    internal readonly Dictionary<int, (double Numeric, sbyte Decimal, sbyte Digit)> Numerics = [];
    private (int Start, int End, string Prefix)[] _nameRanges = [];
    private readonly Dictionary<int, string> _names = [];
    private readonly Dictionary<string, int> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _sequences = new(StringComparer.Ordinal);
    internal readonly Dictionary<long, int> Compositions = [];
    internal readonly Dictionary<int, OldRecord> Old = [];

    private static UcdData? s_instance;
    internal static UcdData Instance => s_instance ??= Load();

    private static UcdData Load()
    {
        using var stream = typeof(UcdData).Assembly.GetManifestResourceStream("Krait.Runtime.unicodedata.bin")
            ?? throw PyErr.SystemError("unicodedata: the embedded database is missing");
        using var inflate = new DeflateStream(stream, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflate.CopyTo(raw);
        var r = new BinaryReader(new MemoryStream(raw.GetBuffer(), 0, (int)raw.Length));
        var d = new UcdData();
        string Str() { int n = r.ReadUInt16(); return Encoding.UTF8.GetString(r.ReadBytes(n)); }
        string[] Strs() { var a = new string[r.ReadInt32()]; for (int i = 0; i < a.Length; i++) a[i] = Str(); return a; }
        d.Categories = Strs();
        d.BidiNames = Strs();
        d.EastAsianWidths = Strs();
        d._shift = r.ReadInt32();
        d._records = new Record[r.ReadInt32()];
        for (int i = 0; i < d._records.Length; i++)
            d._records[i] = new Record { Category = r.ReadByte(), Bidi = r.ReadByte(), Combining = r.ReadByte(), EastAsianWidth = r.ReadByte(), Mirrored = r.ReadByte() };
        d._index1 = new ushort[r.ReadInt32()];
        for (int i = 0; i < d._index1.Length; i++) d._index1[i] = r.ReadUInt16();
        d._index2 = new ushort[r.ReadInt32()];
        for (int i = 0; i < d._index2.Length; i++) d._index2[i] = r.ReadUInt16();
        for (int n = r.ReadInt32(); n > 0; n--) { int cp = r.ReadInt32(); d.Decompositions[cp] = Str(); }
        for (int n = r.ReadInt32(); n > 0; n--) { int cp = r.ReadInt32(); d.Numerics[cp] = (r.ReadDouble(), r.ReadSByte(), r.ReadSByte()); }
        d._nameRanges = new (int, int, string)[r.ReadInt32()];
        for (int i = 0; i < d._nameRanges.Length; i++) d._nameRanges[i] = (r.ReadInt32(), r.ReadInt32(), Str());
        for (int n = r.ReadInt32(); n > 0; n--) { int cp = r.ReadInt32(); d._names[cp] = Str(); }
        for (int n = r.ReadInt32(); n > 0; n--) { string a = Str(); d._aliases[a] = r.ReadInt32(); }
        for (int n = r.ReadInt32(); n > 0; n--)
        {
            string name = Str();
            var cps = new int[r.ReadInt32()];
            for (int i = 0; i < cps.Length; i++) cps[i] = r.ReadInt32();
            d._sequences[name] = cps;
        }
        for (int n = r.ReadInt32(); n > 0; n--) { int a = r.ReadInt32(), b = r.ReadInt32(); d.Compositions[((long)a << 21) | (uint)b] = r.ReadInt32(); }
        for (int n = r.ReadInt32(); n > 0; n--)
        {
            int cp = r.ReadInt32();
            d.Old[cp] = new OldRecord { Category = r.ReadByte(), Bidi = r.ReadByte(), EastAsianWidth = r.ReadByte(), Mirrored = r.ReadByte(), Decimal = r.ReadSByte(), Numeric = r.ReadDouble() };
        }
        return d;
    }

    internal ref readonly Record Get(int cp)
    {
        int block = _index1[cp >> _shift];
        return ref _records[_index2[(block << _shift) + (cp & ((1 << _shift) - 1))]];
    }

    /// <summary>Unassigned in Unicode 3.2.0 (CPython's category_changed == 0).</summary>
    internal bool UnassignedIn32(int cp) => Old.TryGetValue(cp, out var o) && o.Category == 255;
}
