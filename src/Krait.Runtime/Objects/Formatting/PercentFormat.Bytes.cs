namespace Krait.Runtime;

// bytes % args (Objects/bytesobject.c _PyBytes_FormatEx): the str machinery run over the format's Latin-1 text,
// with %s/%b taking bytes-like objects or __bytes__, %r/%a giving ascii(), and %c a byte.
internal ref partial struct PercentFormat
{
    public static byte[] FormatBytes(ReadOnlySpan<byte> fmt, PyObject args)
    {
        var p = new PercentFormat(new PyStr(System.Text.Encoding.Latin1.GetString(fmt)), args, bytesMode: true);
        p.Run();
        return System.Text.Encoding.Latin1.GetBytes(BuilderCache.ToStringAndRelease(p._out));
    }

    private static string BytesText(PyObject arg, char ch)
    {
        if (ch is 'r' or 'a') return Ops.Ascii(arg).Value;
        if (Buffers.TryGet(arg, out var span)) return System.Text.Encoding.Latin1.GetString(span);
        if (Ops.LookupSpecial(arg, "__bytes__") is { } f)
        {
            var r = Ops.Call(f, []);
            if (r is not PyBytes b) throw PyErr.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
            return System.Text.Encoding.Latin1.GetString(b.Value);
        }
        throw PyErr.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{arg.Type.Name}'");
    }

    private static string ByteChar(PyObject arg)
    {
        if (arg is PyBytes { Value.Length: 1 } b) return ((char)b.Value[0]).ToString();
        if (arg is PyByteArray { Count: 1 } ba) return ((char)ba.AsSpan()[0]).ToString();
        if (arg.Type.Index is null || arg is PyBytes or PyByteArray)
            throw PyErr.TypeError("%c requires an integer in range(256) or a single byte");
        var i = Ops.Index(arg);
        if (i.IsBig || i.Small < 0 || i.Small > 255) throw PyErr.OverflowError("%c arg not in range(256)");
        return ((char)i.Small).ToString();
    }
}
