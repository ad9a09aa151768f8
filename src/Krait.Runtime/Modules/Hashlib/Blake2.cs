using System.Buffers.Binary;
using System.Numerics;

namespace Krait.Runtime;

/// <summary>BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block (salt, personalization, tree hashing),
/// as CPython's _blake2 offers them. .NET has no BLAKE2.</summary>
internal sealed class Blake2
{
    private static readonly ulong[] s_ivB =
    [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];
    private static readonly uint[] s_ivS = [0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19];
    private static readonly byte[,] s_sigma =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 },
        { 14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3 },
        { 11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4 },
        { 7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8 },
        { 9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13 },
        { 2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9 },
        { 12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11 },
        { 13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10 },
        { 6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5 },
        { 10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0 },
    };

    public readonly bool IsB;
    public readonly int BlockSize;
    public readonly int DigestSize;
    private readonly bool _lastNode;
    private readonly ulong[] _hb = new ulong[8];
    private readonly uint[] _hs = new uint[8];
    private readonly byte[] _buf;
    private int _bufLen;
    private ulong _t0, _t1;

    private Blake2(bool isB, int digestSize, bool lastNode)
    {
        IsB = isB;
        BlockSize = isB ? 128 : 64;
        DigestSize = digestSize;
        _lastNode = lastNode;
        _buf = new byte[BlockSize];
    }

    /// <summary>A fresh state from the 64-byte (b) or 32-byte (s) parameter block and an optional key.</summary>
    public static Blake2 Create(bool isB, ReadOnlySpan<byte> param, ReadOnlySpan<byte> key, bool lastNode)
    {
        var s = new Blake2(isB, param[0], lastNode);
        for (int i = 0; i < 8; i++)
        {
            if (isB) s._hb[i] = s_ivB[i] ^ BinaryPrimitives.ReadUInt64LittleEndian(param[(i * 8)..]);
            else s._hs[i] = s_ivS[i] ^ BinaryPrimitives.ReadUInt32LittleEndian(param[(i * 4)..]);
        }
        if (key.Length > 0)
        {
            var block = new byte[s.BlockSize];
            key.CopyTo(block);
            s.Update(block);
        }
        return s;
    }

    public Blake2 Copy()
    {
        var c = new Blake2(IsB, DigestSize, _lastNode);
        _hb.CopyTo(c._hb, 0);
        _hs.CopyTo(c._hs, 0);
        _buf.CopyTo(c._buf, 0);
        c._bufLen = _bufLen;
        c._t0 = _t0;
        c._t1 = _t1;
        return c;
    }

    private void Count(int n)
    {
        ulong before = _t0;
        _t0 += (ulong)n;
        if (!IsB)
        {
            // BLAKE2s counts in 32-bit halves.
            _t0 &= 0xFFFFFFFF;
            if (_t0 < (before & 0xFFFFFFFF)) _t1++;
        }
        else if (_t0 < before) _t1++;
    }

    public void Update(ReadOnlySpan<byte> data)
    {
        // The last block is kept back until the final call: it is compressed with the finalization flag.
        while (data.Length > 0)
        {
            if (_bufLen == BlockSize)
            {
                Count(BlockSize);
                Compress(_hb, _hs, _buf, false, false);
                _bufLen = 0;
            }
            int take = Math.Min(BlockSize - _bufLen, data.Length);
            data[..take].CopyTo(_buf.AsSpan(_bufLen));
            _bufLen += take;
            data = data[take..];
        }
    }

    public byte[] Digest()
    {
        var c = Copy();
        c.Count(c._bufLen);
        c._buf.AsSpan(c._bufLen).Clear();
        c.Compress(c._hb, c._hs, c._buf, true, _lastNode);
        var full = new byte[IsB ? 64 : 32];
        for (int i = 0; i < 8; i++)
        {
            if (IsB) BinaryPrimitives.WriteUInt64LittleEndian(full.AsSpan(i * 8), c._hb[i]);
            else BinaryPrimitives.WriteUInt32LittleEndian(full.AsSpan(i * 4), c._hs[i]);
        }
        return full[..DigestSize];
    }

    private void Compress(ulong[] hb, uint[] hs, ReadOnlySpan<byte> block, bool last, bool lastNode)
    {
        if (IsB) CompressB(hb, block, last, lastNode);
        else CompressS(hs, block, last, lastNode);
    }

    private void CompressB(ulong[] h, ReadOnlySpan<byte> block, bool last, bool lastNode)
    {
        Span<ulong> m = stackalloc ulong[16];
        Span<ulong> v = stackalloc ulong[16];
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        for (int i = 0; i < 8; i++) { v[i] = h[i]; v[i + 8] = s_ivB[i]; }
        v[12] ^= _t0;
        v[13] ^= _t1;
        if (last) v[14] = ~v[14];
        if (lastNode) v[15] = ~v[15];
        for (int r = 0; r < 12; r++)
        {
            int s = r % 10;
            GB(v, 0, 4, 8, 12, m[s_sigma[s, 0]], m[s_sigma[s, 1]]);
            GB(v, 1, 5, 9, 13, m[s_sigma[s, 2]], m[s_sigma[s, 3]]);
            GB(v, 2, 6, 10, 14, m[s_sigma[s, 4]], m[s_sigma[s, 5]]);
            GB(v, 3, 7, 11, 15, m[s_sigma[s, 6]], m[s_sigma[s, 7]]);
            GB(v, 0, 5, 10, 15, m[s_sigma[s, 8]], m[s_sigma[s, 9]]);
            GB(v, 1, 6, 11, 12, m[s_sigma[s, 10]], m[s_sigma[s, 11]]);
            GB(v, 2, 7, 8, 13, m[s_sigma[s, 12]], m[s_sigma[s, 13]]);
            GB(v, 3, 4, 9, 14, m[s_sigma[s, 14]], m[s_sigma[s, 15]]);
        }
        for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
    }

    private static void GB(Span<ulong> v, int a, int b, int c, int d, ulong x, ulong y)
    {
        v[a] = v[a] + v[b] + x; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 63);
    }

    private void CompressS(uint[] h, ReadOnlySpan<byte> block, bool last, bool lastNode)
    {
        Span<uint> m = stackalloc uint[16];
        Span<uint> v = stackalloc uint[16];
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt32LittleEndian(block[(i * 4)..]);
        for (int i = 0; i < 8; i++) { v[i] = h[i]; v[i + 8] = s_ivS[i]; }
        v[12] ^= (uint)_t0;
        v[13] ^= (uint)_t1;
        if (last) v[14] = ~v[14];
        if (lastNode) v[15] = ~v[15];
        for (int r = 0; r < 10; r++)
        {
            GS(v, 0, 4, 8, 12, m[s_sigma[r, 0]], m[s_sigma[r, 1]]);
            GS(v, 1, 5, 9, 13, m[s_sigma[r, 2]], m[s_sigma[r, 3]]);
            GS(v, 2, 6, 10, 14, m[s_sigma[r, 4]], m[s_sigma[r, 5]]);
            GS(v, 3, 7, 11, 15, m[s_sigma[r, 6]], m[s_sigma[r, 7]]);
            GS(v, 0, 5, 10, 15, m[s_sigma[r, 8]], m[s_sigma[r, 9]]);
            GS(v, 1, 6, 11, 12, m[s_sigma[r, 10]], m[s_sigma[r, 11]]);
            GS(v, 2, 7, 8, 13, m[s_sigma[r, 12]], m[s_sigma[r, 13]]);
            GS(v, 3, 4, 9, 14, m[s_sigma[r, 14]], m[s_sigma[r, 15]]);
        }
        for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
    }

    private static void GS(Span<uint> v, int a, int b, int c, int d, uint x, uint y)
    {
        v[a] = v[a] + v[b] + x; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 12);
        v[a] = v[a] + v[b] + y; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 8);
        v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 7);
    }
}
