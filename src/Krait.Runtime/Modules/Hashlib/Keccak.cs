using System.Buffers.Binary;
using System.Numerics;

namespace Krait.Runtime;

/// <summary>The Keccak-f[1600] sponge behind SHA-3 and SHAKE (FIPS 202): absorb at a rate, pad with the domain
/// suffix, squeeze any length.</summary>
internal sealed class Keccak
{
    private static readonly ulong[] s_rc =
    [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000, 0x000000000000808B,
        0x0000000080000001, 0x8000000080008081, 0x8000000000008009, 0x000000000000008A, 0x0000000000000088,
        0x0000000080008009, 0x000000008000000A, 0x000000008000808B, 0x800000000000008B, 0x8000000000008089,
        0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ];
    private static readonly int[] s_rotc = [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44];
    private static readonly int[] s_piln = [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1];

    private readonly ulong[] _st = new ulong[25];
    private readonly byte[] _buf;
    private int _pos;
    public readonly int Rate;
    public readonly byte Suffix;

    public Keccak(int rate, byte suffix)
    {
        Rate = rate;
        Suffix = suffix;
        _buf = new byte[rate];
    }

    public Keccak Copy()
    {
        var k = new Keccak(Rate, Suffix);
        _st.CopyTo(k._st, 0);
        _buf.CopyTo(k._buf, 0);
        k._pos = _pos;
        return k;
    }

    public void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            int take = Math.Min(Rate - _pos, data.Length);
            data[..take].CopyTo(_buf.AsSpan(_pos));
            _pos += take;
            data = data[take..];
            if (_pos == Rate) { Absorb(_st, _buf); _pos = 0; }
        }
    }

    /// <summary>The first <paramref name="length"/> output bytes, leaving this state untouched.</summary>
    public byte[] Squeeze(long length)
    {
        var st = (ulong[])_st.Clone();
        var block = new byte[Rate];
        _buf.AsSpan(0, _pos).CopyTo(block);
        block[_pos] ^= Suffix;
        block[Rate - 1] ^= 0x80;
        Absorb(st, block);
        var output = new byte[length];
        long done = 0;
        while (true)
        {
            for (int i = 0; i < Rate / 8; i++) BinaryPrimitives.WriteUInt64LittleEndian(block.AsSpan(i * 8), st[i]);
            int n = (int)Math.Min(Rate, length - done);
            block.AsSpan(0, n).CopyTo(output.AsSpan((int)done));
            done += n;
            if (done >= length) return output;
            Permute(st);
        }
    }

    private void Absorb(ulong[] st, ReadOnlySpan<byte> block)
    {
        for (int i = 0; i < Rate / 8; i++) st[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        Permute(st);
    }

    private static void Permute(ulong[] st)
    {
        Span<ulong> bc = stackalloc ulong[5];
        for (int round = 0; round < 24; round++)
        {
            for (int i = 0; i < 5; i++) bc[i] = st[i] ^ st[i + 5] ^ st[i + 10] ^ st[i + 15] ^ st[i + 20];
            for (int i = 0; i < 5; i++)
            {
                ulong t = bc[(i + 4) % 5] ^ BitOperations.RotateLeft(bc[(i + 1) % 5], 1);
                for (int j = 0; j < 25; j += 5) st[j + i] ^= t;
            }
            ulong tt = st[1];
            for (int i = 0; i < 24; i++)
            {
                int j = s_piln[i];
                ulong b0 = st[j];
                st[j] = BitOperations.RotateLeft(tt, s_rotc[i]);
                tt = b0;
            }
            for (int j = 0; j < 25; j += 5)
            {
                for (int i = 0; i < 5; i++) bc[i] = st[j + i];
                for (int i = 0; i < 5; i++) st[j + i] ^= ~bc[(i + 1) % 5] & bc[(i + 2) % 5];
            }
            st[0] ^= s_rc[round];
        }
    }
}
