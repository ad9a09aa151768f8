namespace Krait.Runtime;

/// <summary>_json.Scanner (make_scanner(context)): scan_once(string, idx) → (value, end), or StopIteration(idx)
/// when no JSON value starts at idx. Hooks and parsers come from the JSONDecoder context.</summary>
public sealed class PyJsonScanner : PyObject
{
    public static readonly PyType ScannerType = PyType.NewBuiltin("_json.Scanner", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private bool _strict;
    private PyObject _objectHook = PyNone.Instance, _pairsHook = PyNone.Instance, _parseFloat = PyNone.Instance,
        _parseInt = PyNone.Instance, _parseConstant = PyNone.Instance;

    private PyJsonScanner(PyType type) : base(type) { }

    private static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var slot = new PyObject?[1];
        ArgBinder.Bind("make_scanner", args, kw, ["context"], 0, 1, 1, slot);
        var ctx = slot[0]!;
        var s = new PyJsonScanner(type) { _strict = Ops.IsTrue(Ops.GetAttr(ctx, "strict")) };
        s._objectHook = Ops.GetAttr(ctx, "object_hook");
        s._pairsHook = Ops.GetAttr(ctx, "object_pairs_hook");
        s._parseFloat = Ops.GetAttr(ctx, "parse_float");
        s._parseInt = Ops.GetAttr(ctx, "parse_int");
        s._parseConstant = Ops.GetAttr(ctx, "parse_constant");
        return s;
    }

    private sealed class Run(string s, CpIndex map)
    {
        public readonly string S = s;
        public readonly CpIndex Map = map;
        public readonly PyDict Memo = new();
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r';

    private static PythonException Stop(Run r, int unit) =>
        new(PyErr.Make(PyExc.StopIteration, PyInt.FromLong(r.Map.ToCp(unit))));

    private PyObject ScanOnce(Run r, int idx, out int next)
    {
        string s = r.S;
        int length = s.Length;
        if (idx >= length) throw Stop(r, idx);
        switch (s[idx])
        {
            case '"':
            {
                return JsonModule.ScanString(s, idx + 1, _strict, r.Map, out next);
            }
            case '{':
                Ops.EnterRecursiveCall(" while decoding a JSON object from a unicode string");
                try { return ParseObject(r, idx + 1, out next); }
                finally { Ops.LeaveRecursiveCall(); }
            case '[':
                Ops.EnterRecursiveCall(" while decoding a JSON array from a unicode string");
                try { return ParseArray(r, idx + 1, out next); }
                finally { Ops.LeaveRecursiveCall(); }
            case 'n':
                if (idx + 3 < length && string.CompareOrdinal(s, idx + 1, "ull", 0, 3) == 0) { next = idx + 4; return PyNone.Instance; }
                break;
            case 't':
                if (idx + 3 < length && string.CompareOrdinal(s, idx + 1, "rue", 0, 3) == 0) { next = idx + 4; return PyBool.True; }
                break;
            case 'f':
                if (idx + 4 < length && string.CompareOrdinal(s, idx + 1, "alse", 0, 4) == 0) { next = idx + 5; return PyBool.False; }
                break;
            case 'N':
                if (idx + 2 < length && s[idx + 1] == 'a' && s[idx + 2] == 'N') return Constant("NaN", idx, out next);
                break;
            case 'I':
                if (idx + 7 < length && string.CompareOrdinal(s, idx + 1, "nfinity", 0, 7) == 0) return Constant("Infinity", idx, out next);
                break;
            case '-':
                if (idx + 8 < length && string.CompareOrdinal(s, idx + 1, "Infinity", 0, 8) == 0) return Constant("-Infinity", idx, out next);
                break;
        }
        return MatchNumber(r, idx, out next);
    }

    private PyObject Constant(string name, int idx, out int next)
    {
        next = idx + name.Length;
        return Ops.Call(_parseConstant, [new PyStr(name)]);
    }

    private PyObject ParseObject(Run r, int idx, out int next)
    {
        string s = r.S;
        int endIdx = s.Length - 1;
        bool pairs = _pairsHook is not PyNone;
        var list = pairs ? new PyList() : null;
        var dict = pairs ? null : new PyDict();
        while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
        if (idx > endIdx || s[idx] != '}')
        {
            while (true)
            {
                if (idx > endIdx || s[idx] != '"')
                    throw JsonModule.DecodeError("Expecting property name enclosed in double quotes", s, r.Map.ToCp(idx));
                var key = JsonModule.ScanString(s, idx + 1, _strict, r.Map, out int afterKey);
                PyObject memoKey = r.Memo.GetItem(key) ?? key;
                if (ReferenceEquals(memoKey, key)) r.Memo.SetItem(key, key);
                idx = afterKey;
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
                if (idx > endIdx || s[idx] != ':') throw JsonModule.DecodeError("Expecting ':' delimiter", s, r.Map.ToCp(idx));
                idx++;
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
                var val = ScanOnce(r, idx, out int n);
                if (pairs) list!.Append(PyTuple.Pair(memoKey, val));
                else dict!.SetItem(memoKey, val);
                idx = n;
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
                if (idx <= endIdx && s[idx] == '}') break;
                if (idx > endIdx || s[idx] != ',') throw JsonModule.DecodeError("Expecting ',' delimiter", s, r.Map.ToCp(idx));
                idx++;
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
            }
        }
        next = idx + 1;
        if (pairs) return Ops.Call(_pairsHook, [list!]);
        if (_objectHook is not PyNone) return Ops.Call(_objectHook, [dict!]);
        return dict!;
    }

    private PyObject ParseArray(Run r, int idx, out int next)
    {
        string s = r.S;
        int endIdx = s.Length - 1;
        var list = new PyList();
        while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
        if (idx > endIdx || s[idx] != ']')
        {
            while (true)
            {
                var val = ScanOnce(r, idx, out int n);
                list.Append(val);
                idx = n;
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
                if (idx <= endIdx && s[idx] == ']') break;
                if (idx > endIdx || s[idx] != ',') throw JsonModule.DecodeError("Expecting ',' delimiter", s, r.Map.ToCp(idx));
                idx++;
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
            }
        }
        next = idx + 1;
        return list;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private PyObject MatchNumber(Run r, int start, out int next)
    {
        string s = r.S;
        int endIdx = s.Length - 1;
        int idx = start;
        bool isFloat = false;
        if (s[idx] == '-')
        {
            idx++;
            if (idx > endIdx) throw Stop(r, start);
        }
        if (s[idx] is >= '1' and <= '9')
        {
            idx++;
            while (idx <= endIdx && IsDigit(s[idx])) idx++;
        }
        else if (s[idx] == '0') idx++;
        else throw Stop(r, start);
        if (idx < endIdx && s[idx] == '.' && IsDigit(s[idx + 1]))
        {
            isFloat = true;
            idx += 2;
            while (idx <= endIdx && IsDigit(s[idx])) idx++;
        }
        if (idx < endIdx && (s[idx] == 'e' || s[idx] == 'E'))
        {
            int eStart = idx;
            idx++;
            if (idx < endIdx && (s[idx] == '-' || s[idx] == '+')) idx++;
            while (idx <= endIdx && IsDigit(s[idx])) idx++;
            if (IsDigit(s[idx - 1])) isFloat = true;
            else idx = eStart;
        }
        next = idx;
        string num = s[start..idx];
        if (isFloat)
        {
            if (!ReferenceEquals(_parseFloat, PyType.FloatType)) return Ops.Call(_parseFloat, [new PyStr(num)]);
            return new PyFloat(double.Parse(num, System.Globalization.CultureInfo.InvariantCulture));
        }
        if (!ReferenceEquals(_parseInt, PyType.IntType)) return Ops.Call(_parseInt, [new PyStr(num)]);
        if (num.Length < 19) return PyInt.FromLong(long.Parse(num, System.Globalization.CultureInfo.InvariantCulture));
        return IntParser.ParseStr(new PyStr(num), 10);
    }

    private static PyObject Call(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var sc = (PyJsonScanner)self;
        var slots = new PyObject?[2];
        ArgBinder.Bind("scan_once", args, kw, ["string", "idx"], 0, 2, 2, slots);
        if (slots[0] is not PyStr ps) throw PyErr.TypeError($"first argument must be a string, not {slots[0]!.Type.Name}");
        long idx = Ops.AsSsize(slots[1]!, PyExc.OverflowError);
        if (idx < 0) throw PyErr.ValueError("idx cannot be negative");
        var map = CpIndex.For(ps.Value);
        var run = new Run(ps.Value, map);
        if (idx >= map.Length) throw new PythonException(PyErr.Make(PyExc.StopIteration, PyInt.FromLong(idx)));
        var v = sc.ScanOnce(run, map.ToUnit((int)idx), out int next);
        return PyTuple.Pair(v, PyInt.FromLong(map.ToCp(next)));
    }

    private static void InitType(PyType t)
    {
        t.New = New;
        t.Call = Call;
        static PyJsonScanner S(PyObject o) => (PyJsonScanner)o;
        TypeBuilder.GetSet(t, "strict", o => PyBool.From(S(o)._strict), null);
        TypeBuilder.GetSet(t, "object_hook", o => S(o)._objectHook, null);
        TypeBuilder.GetSet(t, "object_pairs_hook", o => S(o)._pairsHook, null);
        TypeBuilder.GetSet(t, "parse_float", o => S(o)._parseFloat, null);
        TypeBuilder.GetSet(t, "parse_int", o => S(o)._parseInt, null);
        TypeBuilder.GetSet(t, "parse_constant", o => S(o)._parseConstant, null);
        ItertoolsModule.Doc(t, "JSON scanner object");
    }
}
