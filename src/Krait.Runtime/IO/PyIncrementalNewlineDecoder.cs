namespace Krait.Runtime;

/// <summary>_io.IncrementalNewlineDecoder(decoder, translate, errors='strict'): wraps a decoder (or None for str
/// input) and translates \r and \r\n to \n, remembering which line endings it saw (textio.c).</summary>
public sealed class PyIncrementalNewlineDecoder : PyObject
{
    public static readonly PyType Type_ = PyType.NewBuiltin("_io.IncrementalNewlineDecoder", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private const int SeenLF = 1, SeenCR = 2, SeenCRLF = 4;

    private PyObject? _decoder;
    private PyObject _errors = PyNone.Instance;
    private bool _translate, _pendingCr, _ok;
    private int _seen;
    private PyDict? _dict;

    public PyIncrementalNewlineDecoder(PyType type) : base(type) { }

    internal PyIncrementalNewlineDecoder(PyObject? decoder, bool translate) : base(Type_)
    {
        _decoder = decoder is PyNone ? null : decoder;
        _translate = translate;
        _errors = new PyStr("strict");
        _ok = true;
    }

    public override PyDict? Dict { get => Type.IsHeapType ? _dict ??= new PyDict() : null; set => base.Dict = value; }

    private void CheckInit()
    {
        if (!_ok) throw PyErr.ValueError("IncrementalNewlineDecoder.__init__() not called");
    }

    internal bool PendingCr => _pendingCr;
    internal bool Translate => _translate;

    /// <summary>decode(input, final): the wrapped decoder's output (or the str input) with newlines handled.</summary>
    internal string Decode(PyObject input, bool final)
    {
        CheckInit();
        PyObject output = _decoder is null ? input : Ops.CallMethod(_decoder, "decode", [input, PyBool.From(final)]);
        if (output is not PyStr s) throw PyErr.TypeError($"decoder should return a string result, not '{output.Type.Name}'");
        return DecodeText(s.Value, final);
    }

    /// <summary>The newline part of decode() on already decoded text.</summary>
    internal string DecodeText(string output, bool final)
    {
        if (_pendingCr && (final || output.Length > 0))
        {
            output = "\r" + output;
            _pendingCr = false;
        }
        if (!final && output.Length > 0 && output[^1] == '\r')
        {
            output = output[..^1];
            _pendingCr = true;
        }
        int cr = output.IndexOf('\r');
        if (cr < 0)
        {
            if (_seen != (SeenLF | SeenCR | SeenCRLF) && output.Contains('\n')) _seen |= SeenLF;
            return output;
        }
        // Record every kind seen.
        for (int i = 0; i < output.Length; i++)
        {
            char c = output[i];
            if (c == '\n') _seen |= SeenLF;
            else if (c == '\r')
            {
                if (i + 1 < output.Length && output[i + 1] == '\n') { _seen |= SeenCRLF; i++; }
                else _seen |= SeenCR;
            }
        }
        if (!_translate) return output;
        return output.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    internal PyObject Newlines => _seen switch
    {
        0 => PyNone.Instance,
        SeenCR => new PyStr("\r"),
        SeenLF => new PyStr("\n"),
        SeenCR | SeenLF => PyTuple.Pair(new PyStr("\r"), new PyStr("\n")),
        SeenCRLF => new PyStr("\r\n"),
        SeenCR | SeenCRLF => PyTuple.Pair(new PyStr("\r"), new PyStr("\r\n")),
        SeenLF | SeenCRLF => PyTuple.Pair(new PyStr("\n"), new PyStr("\r\n")),
        _ => PyTuple.Create([new PyStr("\r"), new PyStr("\n"), new PyStr("\r\n")]),
    };

    internal (PyObject Buffer, long Flag) GetState()
    {
        CheckInit();
        PyObject buffer;
        long flag = 0;
        if (_decoder is not null)
        {
            var st = Ops.CallMethod(_decoder, "getstate", []);
            if (st is not PyTuple t || t.Count != 2) throw PyErr.TypeError("illegal decoder state");
            buffer = t[0];
            flag = Ops.AsSsize(t[1], PyExc.OverflowError);
        }
        else buffer = new PyBytes([]);
        flag <<= 1;
        if (_pendingCr) flag |= 1;
        return (buffer, flag);
    }

    internal void SetState(PyObject buffer, long flag)
    {
        CheckInit();
        _pendingCr = (flag & 1) != 0;
        if (_decoder is not null) Ops.CallMethod(_decoder, "setstate", [PyTuple.Pair(buffer, PyInt.FromLong(flag >> 1))]);
    }

    internal void Reset()
    {
        CheckInit();
        _seen = 0;
        _pendingCr = false;
        if (_decoder is not null) Ops.CallMethod(_decoder, "reset", []);
    }

    private static PyIncrementalNewlineDecoder D(PyObject? o) => (PyIncrementalNewlineDecoder)o!;

    private static void InitType(PyType t)
    {
        string tn = IOTypes.ShortName(t);
        t.New = (type, args, kw) => new PyIncrementalNewlineDecoder(type);
        t.Init = (self, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[3];
            ArgBinder.Bind("IncrementalNewlineDecoder", args, kw, ["decoder", "translate", "errors"], 0, 3, 2, v);
            var d = D(self);
            d._decoder = v[0] is PyNone ? null : v[0];
            d._translate = Ops.IsTrue(v[1]!);
            d._errors = v[2] ?? new PyStr("strict");
            d._seen = 0;
            d._pendingCr = false;
            d._ok = true;
        };
        TypeBuilder.Method(t, "decode", (self, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[2];
            ArgBinder.Bind("decode", args, kw, ["input", "final"], 0, 2, 1, v);
            bool final = v[1] is not null && Ops.IsTrue(v[1]!);
            return new PyStr(D(self).Decode(v[0]!, final));
        });
        TypeBuilder.Method(t, "getstate", (self, args, kw) =>
        {
            ArgBinder.None(tn + ".getstate", args, kw);
            var (b, f) = D(self).GetState();
            return PyTuple.Pair(b, PyInt.FromLong(f));
        });
        TypeBuilder.Method(t, "setstate", (self, args, kw) =>
        {
            var state = ArgBinder.One(tn + ".setstate", args, kw);
            if (state is not PyTuple tup) throw PyErr.TypeError("state argument must be a tuple");
            if (tup.Count != 2) throw PyErr.TypeError($"setstate() argument must be tuple of length 2, not {tup.Count}");
            D(self).SetState(tup[0], Ops.AsSsize(tup[1], PyExc.OverflowError));
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "reset", (self, args, kw) => { ArgBinder.None(tn + ".reset", args, kw); D(self).Reset(); return PyNone.Instance; });
        TypeBuilder.GetSet(t, "newlines", o => { D(o).CheckInit(); return D(o).Newlines; }, null);
    }
}
