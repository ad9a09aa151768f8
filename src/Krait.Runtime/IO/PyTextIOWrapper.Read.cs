using System.Numerics;
using System.Text;

namespace Krait.Runtime;

// Reading, and tell()/seek() with CPython's opaque cookies.
public sealed partial class PyTextIOWrapper
{
    private static int CpLen(string s, int from = 0, int to = -1)
    {
        if (to < 0) to = s.Length;
        var span = s.AsSpan(from, to - from);
        if (span.IndexOfAnyInRange('\uD800', '\uDBFF') < 0) return span.Length;
        int n = 0;
        for (int i = 0; i < span.Length; i++, n++)
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1])) i++;
        return n;
    }

    /// <summary>The char index <paramref name="count"/> code points after <paramref name="i"/> (clamped).</summary>
    private static int AdvanceCp(string s, int i, long count)
    {
        for (; i < s.Length && count > 0; count--)
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        return i;
    }

    // The decoder as textio.c sees it: the codec's incremental decoder inside the newline decoder.
    private string DecodeChunk(ReadOnlySpan<byte> input, bool final)
    {
        string text = _decoder!.Decode(input, final);
        return _nl is not null ? _nl.DecodeText(text, final) : text;
    }

    private (PyObject Buffer, long Flags) DecoderGetState()
    {
        var (buf, flags) = _decoder!.GetState();
        if (_nl is not null) flags = (flags << 1) + (_nl.PendingCr ? 1L : 0L);
        return (buf, flags);
    }

    private void DecoderSetState(PyObject buf, long flags)
    {
        if (_nl is not null)
        {
            _nl.SetState(PyBytes.Empty, flags & 1);
            flags >>= 1;
        }
        _decoder!.SetState(buf, flags);
    }

    private void ResetDecoder()
    {
        _decoder!.Reset();
        _nl?.Reset();
    }

    private byte[] ReadFromBuffer(int size)
    {
        if (_bin is not null)
        {
            var buf = new byte[size];
            int n = _bin.Read1Into(buf);
            return n == size ? buf : buf[..n];
        }
        var r = Ops.CallMethod(Buffer, _hasRead1 ? "read1" : "read", [PyInt.FromLong(size)]);
        if (r is PyNone) return [];
        if (!Buffers.TryGet(r, out var span))
            throw PyErr.TypeError($"underlying {(_hasRead1 ? "read1" : "read")}() should have returned a bytes-like object, not '{r.Type.Name}'");
        return span.ToArray();
    }

    /// <summary>textiowrapper_read_chunk: decodes one more chunk into the decoded text (replacing it); false at EOF.</summary>
    private bool ReadChunk(long sizeHint)
    {
        if (_decoder is null) throw IOTypes.Unsupported("not readable");
        PyObject decBuffer = PyBytes.Empty;
        long decFlags = 0;
        if (_telling) (decBuffer, decFlags) = DecoderGetState();
        long chunk = ChunkSize;
        if (sizeHint > 0)
        {
            long hint = (long)(Math.Max(_b2cratio, 1.0) * sizeHint);
            if (hint > chunk) chunk = hint;
        }
        var input = ReadFromBuffer((int)Math.Min(chunk, int.MaxValue / 2));
        bool eof = input.Length == 0;
        string decoded = DecodeChunk(input, eof);
        _decoded = decoded;
        _decodedUsed = 0;
        int nchars = CpLen(decoded);
        _b2cratio = nchars > 0 ? (double)input.Length / nchars : 0.0;
        if (_telling)
        {
            var prev = IOTypes.BytesLike(decBuffer);
            var next = new byte[prev.Length + input.Length];
            prev.CopyTo(next, 0);
            input.CopyTo(next, prev.Length);
            _snapshot = (decFlags, next);
        }
        return !eof;
    }

    /// <summary>Takes up to <paramref name="n"/> code points (all when negative) of the decoded text.</summary>
    private string TakeDecoded(long n)
    {
        int start = _decodedUsed;
        if (start >= _decoded.Length) return "";
        int end = n < 0 ? _decoded.Length : AdvanceCp(_decoded, start, n);
        _decodedUsed = end;
        return _decoded.Substring(start, end - start);
    }

    private void CheckReadable()
    {
        CheckAttached();
        CheckOpen();
        if (_decoder is null) throw IOTypes.Unsupported("not readable");
    }

    public string Read(long size)
    {
        CheckReadable();
        WriteFlush();
        if (size < 0)
        {
            byte[] bytes;
            if (_bin is not null) bytes = _bin.ReadAll() ?? [];
            else
            {
                var r = Ops.CallMethod(Buffer, "read", []);
                if (r is PyNone) bytes = [];
                else if (!Buffers.TryGet(r, out var sp)) throw PyErr.TypeError($"underlying read() should have returned a bytes object, not '{r.Type.Name}'");
                else bytes = sp.ToArray();
            }
            string rest = TakeDecoded(-1);
            string result = rest + DecodeChunk(bytes, true);
            _decoded = ""; _decodedUsed = 0;
            _snapshot = null;
            return result;
        }
        string first = TakeDecoded(size);
        long remaining = size - CpLen(first);
        if (remaining <= 0) return first;
        var sb = new StringBuilder(first);
        while (remaining > 0)
        {
            if (!ReadChunk(remaining) && _decoded.Length == 0) break;
            string more = TakeDecoded(remaining);
            sb.Append(more);
            remaining -= CpLen(more);
        }
        return sb.ToString();
    }

    /// <summary>readline(size): up to and including the line ending; "" at end of file.</summary>
    public string ReadLine(long limit)
    {
        CheckReadable();
        WriteFlush();
        string mode = _readtranslate ? "\n" : _readuniversal ? "" : _readnl!;
        StringBuilder? sb = null;
        long taken = 0; // code points in sb
        bool crPending = false; // universal mode: the line so far ends with '\r' that may be followed by '\n'
        while (true)
        {
            int start = _decodedUsed;
            string text = _decoded;
            if (crPending)
            {
                if (start < text.Length)
                {
                    if (text[start] == '\n' && (limit < 0 || taken < limit)) { sb!.Append('\n'); _decodedUsed = start + 1; }
                    break;
                }
            }
            else
            {
                int end = TextLines.FindLineEnd(text, start, mode, false, out bool needMore);
                int stop = end >= 0 ? end : text.Length;
                if (limit >= 0)
                {
                    int cap = AdvanceCp(text, start, limit - taken);
                    if (cap < stop) { stop = cap; end = cap; needMore = false; }
                }
                if (end >= 0 && !needMore)
                {
                    if (sb is null)
                    {
                        _decodedUsed = stop;
                        return text.Substring(start, stop - start);
                    }
                    sb.Append(text, start, stop - start);
                    _decodedUsed = stop;
                    break;
                }
                sb ??= new StringBuilder();
                sb.Append(text, start, text.Length - start);
                taken += CpLen(text, start);
                _decodedUsed = text.Length;
                if (needMore) crPending = true;
                if (limit >= 0 && taken >= limit) break;
            }
            if (!ReadChunk(0) && _decoded.Length == 0)
            {
                _decoded = ""; _decodedUsed = 0;
                _snapshot = null;
                break;
            }
        }
        return sb?.ToString() ?? "";
    }

    // ---- tell / seek ----

    private static BigInteger BuildCookie(long position, long decFlags, long bytesToFeed, bool needEof, long charsToSkip) =>
        new BigInteger((ulong)position) | (new BigInteger((ulong)decFlags) << 64) | (new BigInteger((ulong)bytesToFeed) << 128)
        | (new BigInteger((ulong)charsToSkip) << 192) | (needEof ? BigInteger.One << 256 : BigInteger.Zero);

    private static PyObject Cookie(long position, long decFlags = 0, long bytesToFeed = 0, bool needEof = false, long charsToSkip = 0)
    {
        if (decFlags == 0 && bytesToFeed == 0 && !needEof && charsToSkip == 0) return PyInt.FromLong(position);
        return PyInt.FromBig(BuildCookie(position, decFlags, bytesToFeed, needEof, charsToSkip));
    }

    internal PyObject Tell()
    {
        CheckAttached();
        CheckOpen();
        if (!_seekable) throw IOTypes.Unsupported("underlying stream is not seekable");
        if (!_telling) throw PyErr.New(PyExc.OSError, "telling position disabled by next() call");
        Ops.CallMethod(this, "flush", []);
        var posObj = Ops.CallMethod(Buffer, "tell", []);
        long position = Ops.AsSsize(posObj, PyExc.OverflowError);
        if (_decoder is null || _snapshot is null) return posObj;
        var (decFlags, nextInput) = _snapshot.Value;
        position -= nextInput.Length;
        long charsToSkip = CpLen(_decoded, 0, Math.Min(_decodedUsed, _decoded.Length));
        if (charsToSkip == 0) return Cookie(position, decFlags);

        var (savedBuf, savedFlags) = DecoderGetState();
        try
        {
            // Fast search for a start point near the current position.
            long skipBytes = (long)(_b2cratio * charsToSkip);
            long skipBack = 1;
            bool found = false;
            while (skipBytes > 0)
            {
                DecoderSetState(PyBytes.Empty, decFlags);
                int n = CpLen(DecodeChunk(nextInput.AsSpan(0, (int)Math.Min(skipBytes, nextInput.Length)), false));
                if (n <= charsToSkip)
                {
                    var (b, d) = DecoderGetState();
                    if (IOTypes.BytesLike(b).Length == 0)
                    {
                        decFlags = d;
                        charsToSkip -= n;
                        found = true;
                        break;
                    }
                    skipBytes -= IOTypes.BytesLike(b).Length;
                    skipBack = 1;
                }
                else
                {
                    skipBytes -= skipBack;
                    skipBack *= 2;
                }
            }
            if (!found)
            {
                skipBytes = 0;
                DecoderSetState(PyBytes.Empty, decFlags);
            }
            long startPos = position + skipBytes;
            long startFlags = decFlags;
            if (charsToSkip == 0) return Cookie(startPos, startFlags);

            // Feed the decoder one byte at a time, remembering the last safe start point.
            long bytesFed = 0;
            bool needEof = false;
            long charsDecoded = 0;
            int i;
            for (i = (int)skipBytes; i < nextInput.Length; i++)
            {
                bytesFed++;
                charsDecoded += CpLen(DecodeChunk(nextInput.AsSpan(i, 1), false));
                var (decBuf, flags) = DecoderGetState();
                if (IOTypes.BytesLike(decBuf).Length == 0 && charsDecoded <= charsToSkip)
                {
                    startPos += bytesFed;
                    charsToSkip -= charsDecoded;
                    startFlags = flags;
                    bytesFed = 0;
                    charsDecoded = 0;
                }
                if (charsDecoded >= charsToSkip) break;
            }
            if (i >= nextInput.Length)
            {
                charsDecoded += CpLen(DecodeChunk([], true));
                needEof = true;
                if (charsDecoded < charsToSkip) throw PyErr.New(PyExc.OSError, "can't reconstruct logical file position");
            }
            return Cookie(startPos, startFlags, bytesFed, needEof, charsToSkip);
        }
        finally { DecoderSetState(savedBuf, savedFlags); }
    }

    internal PyObject Seek(PyObject cookieObj, int whence)
    {
        CheckAttached();
        CheckOpen();
        if (!_seekable) throw IOTypes.Unsupported("underlying stream is not seekable");
        switch (whence)
        {
            case 1:
                if (!IsZero(cookieObj)) throw IOTypes.Unsupported("can't do nonzero cur-relative seeks");
                cookieObj = Ops.CallMethod(this, "tell", []);
                break;
            case 2:
            {
                if (!IsZero(cookieObj)) throw IOTypes.Unsupported("can't do nonzero end-relative seeks");
                Ops.CallMethod(this, "flush", []);
                _decoded = ""; _decodedUsed = 0;
                _snapshot = null;
                if (_decoder is not null) ResetDecoder();
                var res = Ops.CallMethod(Buffer, "seek", [PyInt.FromLong(0), PyInt.FromLong(2)]);
                if (_encoder is not null)
                {
                    if (IsZero(res)) _encoder.Reset();
                    else _encoder.SetStateZero();
                }
                return res;
            }
            case 0:
                break;
            default:
                throw PyErr.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        }
        var cookie = Ops.Index(cookieObj).ToBigInteger();
        if (cookie < 0) throw PyErr.ValueError($"negative seek position {Ops.Repr(cookieObj).Value}");
        Ops.CallMethod(this, "flush", []);
        var mask = (BigInteger.One << 64) - 1;
        long startPos = (long)(ulong)(cookie & mask);
        long decFlags = (long)(ulong)((cookie >> 64) & mask);
        long bytesToFeed = (long)(ulong)((cookie >> 128) & mask);
        long charsToSkip = (long)(ulong)((cookie >> 192) & mask);
        bool needEof = ((cookie >> 256) & 1) == 1;
        Ops.CallMethod(Buffer, "seek", [PyInt.FromLong(startPos)]);
        _decoded = ""; _decodedUsed = 0;
        _snapshot = null;
        if (_decoder is not null)
        {
            if (cookie.IsZero) ResetDecoder();
            else
            {
                DecoderSetState(PyBytes.Empty, decFlags);
                _snapshot = (decFlags, []);
            }
        }
        if (charsToSkip > 0)
        {
            byte[] input;
            var r = Ops.CallMethod(Buffer, "read", [PyInt.FromLong(bytesToFeed)]);
            input = r is PyNone ? [] : IOTypes.BytesLike(r);
            _snapshot = (decFlags, input);
            _decoded = DecodeChunk(input, needEof);
            _decodedUsed = 0;
            if (CpLen(_decoded) < charsToSkip) throw PyErr.New(PyExc.OSError, "can't restore logical file position");
            _decodedUsed = AdvanceCp(_decoded, 0, charsToSkip);
        }
        if (_encoder is not null)
        {
            if (cookie.IsZero) _encoder.Reset();
            else _encoder.SetStateZero();
        }
        return cookieObj;
    }

    private static bool IsZero(PyObject o) => !Ops.IsTrue(Ops.RichCompare(o, PyInt.FromLong(0), CompareOp.Ne));
}
