namespace Krait.Runtime;

/// <summary>The incremental decoder a TextIOWrapper reads with: natively for UTF-8, Latin-1 and ASCII, otherwise
/// the object <c>codecs.getincrementaldecoder(encoding)(errors)</c> returns.</summary>
internal abstract class TextDecoder
{
    public abstract string Decode(ReadOnlySpan<byte> input, bool final);
    /// <summary>getstate(): (undecoded bytes, flags).</summary>
    public abstract (PyObject Buffer, long Flags) GetState();
    public abstract void SetState(PyObject buffer, long flags);
    public abstract void Reset();

    public static TextDecoder Create(string encoding, string errors, Codec? native)
    {
        switch (native)
        {
            case Codec.Utf8: return new Utf8Decoder(errors);
            // Not native.Value: Nullable<Codec>.Value is a framework generic over a Krait value type, never
            // precompiled (a JIT compilation at start-up); the pattern uses the inlined HasValue/GetValueOrDefault.
            case Codec c when c is Codec.Latin1 or Codec.Ascii: return new SingleByteDecoder(c, errors);
        }
        var codecs = IOTypes.Import("codecs");
        var factory = Ops.CallMethod(codecs, "getincrementaldecoder", [new PyStr(encoding)]);
        return new PythonDecoder(Ops.Call(factory, [new PyStr(errors)]));
    }
}

internal sealed class Utf8Decoder(string errors) : TextDecoder
{
    private byte[] _tail = [];

    public override string Decode(ReadOnlySpan<byte> input, bool final)
    {
        if (_tail.Length == 0)
        {
            string s = Utf8Codec.Decode(input, errors, final, out int consumed);
            if (consumed < input.Length) _tail = input[consumed..].ToArray();
            return s;
        }
        var all = new byte[_tail.Length + input.Length];
        _tail.CopyTo(all, 0);
        input.CopyTo(all.AsSpan(_tail.Length));
        string r = Utf8Codec.Decode(all, errors, final, out int used);
        _tail = used < all.Length ? all[used..] : [];
        return r;
    }

    public override (PyObject, long) GetState() => (new PyBytes(_tail), 0);
    public override void SetState(PyObject buffer, long flags) => _tail = IOTypes.BytesLike(buffer);
    public override void Reset() => _tail = [];
}

internal sealed class SingleByteDecoder(Codec codec, string errors) : TextDecoder
{
    public override string Decode(ReadOnlySpan<byte> input, bool final) =>
        codec == Codec.Latin1 ? Latin1Codec.DecodeLatin1(input) : Latin1Codec.DecodeAscii(input, errors);
    public override (PyObject, long) GetState() => (new PyBytes([]), 0);
    public override void SetState(PyObject buffer, long flags) { }
    public override void Reset() { }
}

internal sealed class PythonDecoder(PyObject decoder) : TextDecoder
{
    public override string Decode(ReadOnlySpan<byte> input, bool final)
    {
        var r = Ops.CallMethod(decoder, "decode", [new PyBytes(input.ToArray()), PyBool.From(final)]);
        if (r is not PyStr s) throw PyErr.TypeError($"decoder should return a string result, not '{r.Type.Name}'");
        return s.Value;
    }

    public override (PyObject, long) GetState()
    {
        var st = Ops.CallMethod(decoder, "getstate", []);
        if (st is not PyTuple t || t.Count != 2) throw PyErr.TypeError("illegal decoder state");
        if (t[0] is not PyBytes) throw PyErr.TypeError($"illegal decoder state: the first item should be a bytes object, not '{t[0].Type.Name}'");
        return (t[0], Ops.AsSsize(t[1], PyExc.OverflowError));
    }

    public override void SetState(PyObject buffer, long flags) =>
        Ops.CallMethod(decoder, "setstate", [PyTuple.Pair(buffer, PyInt.FromLong(flags))]);

    public override void Reset() => Ops.CallMethod(decoder, "reset", []);
}

/// <summary>The incremental encoder a TextIOWrapper writes with (native for UTF-8, Latin-1, ASCII).</summary>
internal abstract class TextEncoder
{
    public abstract byte[] Encode(PyStr text);
    public virtual void SetStateZero() { }
    public virtual void Reset() { }

    public static TextEncoder Create(string encoding, string errors, Codec? native)
    {
        // A pattern, not native.Value: see TextDecoder.Create.
        if (native is Codec c && c is Codec.Utf8 or Codec.Latin1 or Codec.Ascii) return new NativeEncoder(c, errors);
        var codecs = IOTypes.Import("codecs");
        var factory = Ops.CallMethod(codecs, "getincrementalencoder", [new PyStr(encoding)]);
        return new PythonEncoder(Ops.Call(factory, [new PyStr(errors)]));
    }
}

internal sealed class NativeEncoder(Codec codec, string errors) : TextEncoder
{
    public string Errors = errors;
    public override byte[] Encode(PyStr text) => Codecs.EncodeWith(text, codec, Errors);
}

internal sealed class PythonEncoder(PyObject encoder) : TextEncoder
{
    public override byte[] Encode(PyStr text)
    {
        var r = Ops.CallMethod(encoder, "encode", [text]);
        if (r is PyBytes b) return b.Value;
        if (r is PyByteArray ba) return ba.AsSpan().ToArray();
        throw PyErr.TypeError($"encoder should return a bytes object, not '{r.Type.Name}'");
    }

    public override void SetStateZero() => Ops.CallMethod(encoder, "setstate", [PyInt.FromLong(0)]);
    public override void Reset() => Ops.CallMethod(encoder, "reset", []);
}
