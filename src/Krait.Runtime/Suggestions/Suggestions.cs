using System.Text;

namespace Krait.Runtime;

/// <summary>"Did you mean" for NameError and AttributeError as Python 3.11 computes it (Python/suggestions.c):
/// the closest name by a Levenshtein distance where a case change costs 1 and any other edit 2, within a third
/// of the characters involved, among at most 750 candidates. Shown in the printed report only.</summary>
internal static class Suggestions
{
    private const int MaxCandidateItems = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>_Py_Offer_Suggestions: the suggested name, or null.</summary>
    public static PyStr? Offer(PyBaseException exc)
    {
        if (exc is not PyAttributeError e) return null;
        if (exc.Type.IsSubtype(PyExc.AttributeError)) return ForAttributeError(e);
        if (exc.Type.IsSubtype(PyExc.NameError)) return ForNameError(e);
        return null;
    }

    private static PyStr? ForAttributeError(PyAttributeError e)
    {
        if (e.Name is not PyStr name || !ReferenceEquals(name.Type, PyType.StrType) || e.Obj is null) return null;
        var dir = Dir(e.Obj);
        return dir is null ? null : Calculate(dir, name);
    }

    private static PyStr? ForNameError(PyAttributeError e)
    {
        if (e.Name is not PyStr name || !ReferenceEquals(name.Type, PyType.StrType)) return null;
        if (e.Traceback is not PyTraceback tb) return null;
        while (tb.Next is { } next) tb = next;
        var frame = tb.Frame;
        var code = frame.Code;

        // co_varnames: the plain locals (arguments and local variables, not cells-only or free variables).
        var varnames = new List<PyObject>();
        for (int i = 0; i < code.NLocalsPlus; i++)
            if ((code.LocalsPlusKinds[i] & Krait.Compiler.Bytecode.CodeObject.FastLocal) != 0)
                varnames.Add(code.LocalsPlusNames[i]);
        var s = Calculate(varnames, name);
        if (s is not null) return s;
        s = Calculate(Keys(frame.Globals), name);
        if (s is not null) return s;
        return Calculate(Keys(frame.Builtins), name);
    }

    private static List<PyObject> Keys(PyDict d)
    {
        var list = new List<PyObject>();
        var it = Ops.GetIter(d);
        while (Ops.Next(it) is { } k) list.Add(k);
        return list;
    }

    /// <summary>PyObject_Dir: the sorted names <c>dir(obj)</c> gives (through the builtin, which knows the
    /// default for types without <c>__dir__</c>).</summary>
    private static List<PyObject>? Dir(PyObject obj)
    {
        PyObject result;
        if (PythonRuntime.BuiltinsDict.GetItemStr(PyStr.Intern("dir")) is PyBuiltinFunction dir) result = Ops.Call(dir, [obj]);
        else
        {
            var dirMethod = Ops.LookupSpecial(obj, "__dir__");
            if (dirMethod is null) return null;
            result = Ops.Call(dirMethod, []);
            var sorted = new PyList();
            var iter = Ops.GetIter(result);
            while (Ops.Next(iter) is { } name) sorted.Append(name);
            Ops.CallMethod(sorted, "sort", []);
            result = sorted;
        }
        var list = new List<PyObject>();
        var it = Ops.GetIter(result);
        while (Ops.Next(it) is { } item) list.Add(item);
        return list;
    }

    /// <summary>calculate_suggestions.</summary>
    internal static PyStr? Calculate(List<PyObject> dir, PyStr name)
    {
        if (dir.Count >= MaxCandidateItems) return null;
        byte[]? nameBytes = Utf8(name.Value);
        if (nameBytes is null) return null;
        long suggestionDistance = long.MaxValue;
        PyStr? suggestion = null;
        foreach (var item in dir)
        {
            if (item is not PyStr itemStr) return null;
            byte[]? itemBytes = Utf8(itemStr.Value);
            if (itemBytes is null) return null;
            if (itemStr.Value == name.Value) continue;
            // No more than a third of the characters involved should need changing.
            long maxDistance = (nameBytes.Length + itemBytes.Length + 3) * MoveCost / 6;
            // Don't take matches that are already beaten.
            maxDistance = Math.Min(maxDistance, suggestionDistance - 1);
            long distance = Distance(nameBytes, itemBytes, maxDistance);
            if (distance > maxDistance) continue;
            if (suggestion is null || distance < suggestionDistance)
            {
                suggestion = itemStr;
                suggestionDistance = distance;
            }
        }
        return suggestion;
    }

    private static byte[]? Utf8(string s)
    {
        try
        {
            return new UTF8Encoding(false, true).GetBytes(s);
        }
        catch (EncoderFallbackException)
        {
            return null; // a lone surrogate: PyUnicode_AsUTF8 fails
        }
    }

    private static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31)) return MoveCost;
        if (a == b) return 0;
        if (a is >= (byte)'A' and <= (byte)'Z') a += 'a' - 'A';
        if (b is >= (byte)'A' and <= (byte)'Z') b += 'a' - 'A';
        return a == b ? CaseCost : MoveCost;
    }

    /// <summary>levenshtein_distance over UTF-8 bytes, giving up (max + 1) once every path costs more.</summary>
    internal static long Distance(byte[] aBytes, byte[] bBytes, long maxCost)
    {
        ReadOnlySpan<byte> a = aBytes, b = bBytes;
        // Trim the common prefix and suffix.
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0])
        {
            a = a[1..];
            b = b[1..];
        }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }
        if (a.Length == 0 || b.Length == 0) return (long)(a.Length + b.Length) * MoveCost;
        if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
        // The shorter string indexes the row.
        if (b.Length < a.Length)
        {
            var t = a;
            a = b;
            b = t;
        }
        if ((long)(b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;

        Span<long> buffer = stackalloc long[MaxStringSize];
        long tmp = MoveCost;
        for (int i = 0; i < a.Length; i++)
        {
            buffer[i] = tmp;
            tmp += MoveCost;
        }
        long result = 0;
        for (int bi = 0; bi < b.Length; bi++)
        {
            byte code = b[bi];
            long distance = result = (long)bi * MoveCost;
            long minimum = long.MaxValue;
            for (int ai = 0; ai < a.Length; ai++)
            {
                long substitute = distance + SubstitutionCost(code, a[ai]);
                distance = buffer[ai];
                long insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[ai] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
