using System.Text;

namespace Krait.Runtime;

// charmap_build / charmap_encode / charmap_decode: the table-driven codecs (cp1252, latin-*, koi8-*, mac-* …).
public static partial class CodecsModule
{
    private const string Undefined = "character maps to <undefined>";

    private static void AddCharmap(PyModule m)
    {
        m.AddFunction("charmap_build", (self, args, kw) =>
        {
            var a = ArgBinder.One("_codecs.charmap_build", args, kw);
            if (a is not PyStr map) throw PyErr.TypeError($"charmap_build() argument must be str, not {a.Type.Name}");
            return BuildEncodingMap(map);
        });
        m.AddFunction("charmap_decode", (self, args, kw) =>
        {
            NoKeywords("charmap_decode", kw);
            ArgBinder.Positional("charmap_decode", args, null, 1, 3);
            var data = Buffers.ToArray(args[0]);
            string errors = ErrorsArg("charmap_decode", args, 1);
            var mapping = args.Length > 2 ? args[2] : PyNone.Instance;
            return Result(new PyStr(CharmapDecode(data, args[0], errors, mapping)), data.Length);
        });
        m.AddFunction("charmap_encode", (self, args, kw) =>
        {
            NoKeywords("charmap_encode", kw);
            ArgBinder.Positional("charmap_encode", args, null, 1, 3);
            if (args[0] is not PyStr s) throw PyErr.TypeError($"charmap_encode() argument 1 must be str, not {args[0].Type.Name}");
            string errors = ErrorsArg("charmap_encode", args, 1);
            var mapping = args.Length > 2 ? args[2] : PyNone.Instance;
            if (mapping is PyNone) return Result(new PyBytes(Latin1Codec.Encode(s, 0x100, errors)), s.Length);
            return Result(new PyBytes(CharmapEncode(s, errors, mapping)), s.Length);
        });
    }

    /// <summary>PyUnicode_BuildEncodingMap: a fast EncodingMap for a 256-entry decoding table starting at U+0000,
    /// else a dict {ord(ch): index}.</summary>
    private static PyObject BuildEncodingMap(PyStr map)
    {
        int n = map.Length;
        // CPython's three-level table needs U+0000 first, no other U+0000 and only BMP characters.
        bool simple = n > 0 && map.CodePointAt(0) == 0;
        for (int i = 1; simple && i < n; i++)
        {
            int cp = map.CodePointAt(i);
            if (cp == 0 || cp > 0xFFFF) simple = false;
        }
        if (simple)
        {
            var table = new Dictionary<int, byte>(n);
            for (int i = 0; i < n; i++)
            {
                int cp = map.CodePointAt(i);
                if (cp == 0xFFFE) continue;
                table[cp] = (byte)i;
            }
            return new PyEncodingMap(table);
        }
        var d = new PyDict();
        for (int i = 0; i < n; i++) d.SetItem(PyInt.FromLong(map.CodePointAt(i)), PyInt.FromLong(i));
        return d;
    }

    /// <summary>One byte through a decoding mapping: its text, or null when undefined.</summary>
    private static string? DecodeByte(byte b, PyObject mapping)
    {
        if (mapping is PyStr table)
        {
            if (b >= table.Length) return null;
            int cp = table.CodePointAt(b);
            return cp == 0xFFFE ? null : CpToString(cp);
        }
        PyObject x;
        try { x = Ops.GetItem(mapping, PyInt.FromLong(b)); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.LookupError)) { return null; }
        switch (x)
        {
            case PyNone: return null;
            case PyInt i:
                long v = i.IsBig ? -1 : i.Small;
                if (v < 0 || v > 0x10FFFF) throw PyErr.TypeError("character mapping must be in range(0x110000)");
                return CpToString((int)v);
            case PyStr s:
                if (s.Length == 1 && s.CodePointAt(0) == 0xFFFE) return null;
                return s.Value;
            default: throw PyErr.TypeError("character mapping must return integer, None or str");
        }
    }

    private static string CharmapDecode(byte[] data, PyObject dataObj, string errors, PyObject mapping)
    {
        if (mapping is PyNone) return Latin1Codec.DecodeLatin1(data);
        var sb = new StringBuilder(data.Length);
        int i = 0;
        while (i < data.Length)
        {
            var t = DecodeByte(data[i], mapping);
            if (t is not null) { sb.Append(t); i++; continue; }
            var (rep, pos) = DecodeCallback(errors, "charmap", new PyBytes(data), data.Length, i, i + 1, Undefined);
            sb.Append(rep);
            i = pos;
        }
        return sb.ToString();
    }

    /// <summary>One code point through an encoding mapping: appends its bytes, or returns false when undefined.</summary>
    private static bool EncodeChar(int cp, PyObject mapping, List<byte> outp)
    {
        if (mapping is PyEncodingMap em)
        {
            if (!em.Table.TryGetValue(cp, out byte b)) return false;
            outp.Add(b);
            return true;
        }
        PyObject x;
        try { x = Ops.GetItem(mapping, PyInt.FromLong(cp)); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.LookupError)) { return false; }
        switch (x)
        {
            case PyNone: return false;
            case PyInt i:
                long v = i.IsBig ? -1 : i.Small;
                if (v < 0 || v > 255) throw PyErr.TypeError("character mapping must be in range(256)");
                outp.Add((byte)v);
                return true;
            case PyBytes b:
                outp.AddRange(b.Value);
                return true;
            default: throw PyErr.TypeError($"character mapping must return integer, bytes or None, not {x.Type.Name}");
        }
    }

    private static byte[] CharmapEncode(PyStr s, string errors, PyObject mapping)
    {
        var outp = new List<byte>(s.Length);
        int n = s.Length, i = 0;
        while (i < n)
        {
            if (EncodeChar(s.CodePointAt(i), mapping, outp)) { i++; continue; }
            // The run of unencodable characters goes to the handler at once.
            int end = i + 1;
            var probe = new List<byte>();
            while (end < n && !EncodeChar(s.CodePointAt(end), mapping, probe)) end++;
            switch (errors)
            {
                case "ignore": i = end; continue;
                case "replace" or "backslashreplace" or "xmlcharrefreplace":
                {
                    var (rep, pos) = ((PyObject, int))StandardEncodeReplacement(errors, s, i, end);
                    foreach (char c in ((PyStr)rep).Value)
                        if (!EncodeChar(c, mapping, outp)) throw EncodeError("charmap", s, i, end, Undefined);
                    i = pos;
                    continue;
                }
            }
            var (r, newPos) = EncodeCallback(errors, "charmap", s, i, end, Undefined);
            if (r is PyBytes rb) outp.AddRange(rb.Value);
            else
            {
                var rs = (PyStr)r;
                for (int k = 0; k < rs.Length; k++)
                    if (!EncodeChar(rs.CodePointAt(k), mapping, outp)) throw EncodeError("charmap", s, i, end, Undefined);
            }
            i = newPos;
        }
        return outp.ToArray();
    }

    private static (PyObject, int) StandardEncodeReplacement(string errors, PyStr s, int start, int end)
    {
        var exc = EncodeError("charmap", s, start, end, Undefined);
        var t = (PyTuple)StandardHandler(errors, exc.Value);
        return (t[0], end);
    }
}
