using System.Globalization;
using System.IO.Compression;

namespace Krait.Syntax.Text;

/// <summary>Unicode character properties as Python 3.11 sees them: general categories of Unicode 14.0
/// (CPython 3.11's version; .NET's own tables are newer, so e.g. U+2FFC is Cn here, So in .NET).
///
/// The table is generated at build time (UnicodeNames.targets) and loaded on the first non-ASCII
/// lookup: a deflated blob of <c>count:int32</c> then runs <c>start:3 bytes category:byte</c>
/// (a <see cref="UnicodeCategory"/> value) in code point order, each lasting until the next.</summary>
public static class UnicodeInfo
{
    private const int BlockShift = 8;
    private const int BlockSize = 1 << BlockShift;

    private static Table? _table;

    /// <summary>Python's <c>str.isprintable</c> for one code point: not Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs,
    /// except the ASCII space.</summary>
    public static bool IsPrintable(int c)
    {
        if (c < 0x80) return c >= ' ' && c < 0x7f;
        switch (GetCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
            default:
                return true;
        }
    }

    /// <summary>The Unicode 14.0 general category of a code point (Cn outside 0..0x10FFFF).</summary>
    public static UnicodeCategory GetCategory(int c)
    {
        if ((uint)c > 0x10FFFF) return UnicodeCategory.OtherNotAssigned;
        var t = _table ??= Table.Load();
        return (UnicodeCategory)t.Blocks[(t.Index[c >> BlockShift] << BlockShift) | (c & (BlockSize - 1))];
    }

    /// <summary>Two-stage lookup: the block of each 256 code points, then identical blocks stored once.</summary>
    private sealed class Table(ushort[] index, byte[] blocks)
    {
        public readonly ushort[] Index = index;
        public readonly byte[] Blocks = blocks;

        public static Table Load()
        {
            using var resource = typeof(UnicodeInfo).Assembly.GetManifestResourceStream("Krait.Syntax.UnicodeCategories.bin")
                ?? throw new InvalidOperationException("the Unicode category table is missing from Krait.Syntax");
            using var inflate = new DeflateStream(resource, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            inflate.CopyTo(buffer);
            byte[] data = buffer.ToArray();
            int count = BitConverter.ToInt32(data, 0);

            // Expand the runs, then keep each distinct 256-code-point block once.
            var flat = new byte[0x110000];
            for (int r = 0; r < count; r++)
            {
                int p = 4 + 4 * r;
                int start = (data[p] << 16) | (data[p + 1] << 8) | data[p + 2];
                int end = r + 1 < count ? (data[p + 4] << 16) | (data[p + 5] << 8) | data[p + 6] : flat.Length;
                flat.AsSpan(start, end - start).Fill(data[p + 3]);
            }
            var index = new ushort[flat.Length >> BlockShift];
            var seen = new Dictionary<string, ushort>(StringComparer.Ordinal);
            var blocks = new List<byte>();
            for (int b = 0; b < index.Length; b++)
            {
                var block = flat.AsSpan(b << BlockShift, BlockSize);
                string key = System.Text.Encoding.Latin1.GetString(block);
                if (!seen.TryGetValue(key, out ushort id))
                {
                    id = (ushort)seen.Count;
                    seen.Add(key, id);
                    blocks.AddRange(block);
                }
                index[b] = id;
            }
            return new Table(index, blocks.ToArray());
        }
    }
}
