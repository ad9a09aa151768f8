namespace Krait.Runtime;

/// <summary>traceback: one frame of an exception's path (Python/traceback.c). New entries go in front as the
/// exception propagates outwards, so <c>tb_next</c> leads towards where it was raised.</summary>
public sealed class PyTraceback : PyObject
{
    public static readonly PyType TracebackType = PyType.NewBuiltin("traceback", PyType.ObjectType, 0, InitType);

    public PyTraceback? Next;
    public readonly PyFrame Frame;
    /// <summary>Code-unit index of the instruction that raised.</summary>
    public readonly int Lasti;

    public PyTraceback(PyTraceback? next, PyFrame frame, int lasti) : base(TracebackType)
    {
        Next = next;
        Frame = frame;
        frame.Escaped = true;
        Lasti = lasti;
    }

    /// <summary>The line given to <c>TracebackType(next, frame, lasti, lineno)</c>; null for raised exceptions.</summary>
    internal int? GivenLineNo;

    public int LineNo => GivenLineNo ?? Frame.Code.LineForInstruction(Lasti);

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[4];
            ArgBinder.Bind("TracebackType", args, kw, ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"], 0, 4, 4, v);
            PyObject next = v[0]!, frame = v[1]!;
            if (next is not (PyTraceback or PyNone)) throw PyErr.TypeError($"expected traceback object or None, got '{next.Type.Name}'");
            if (frame is not PyFrame f) throw PyErr.TypeError($"TracebackType() argument 'tb_frame' must be frame, not {(frame is PyNone ? "None" : frame.Type.Name)}");
            long lasti = Ops.AsSsize(v[2]!);
            long lineno = Ops.AsSsize(v[3]!);
            return new PyTraceback(next as PyTraceback, f, (int)(lasti / 2)) { GivenLineNo = (int)lineno };
        };
        TypeBuilder.GetSet(t, "tb_frame", o => ((PyTraceback)o).Frame, PyMethod.ReadOnly);
        TypeBuilder.GetSet(t, "tb_lasti", o => PyInt.FromLong(((PyTraceback)o).Lasti * 2), PyMethod.ReadOnly);
        TypeBuilder.GetSet(t, "tb_lineno", o => PyInt.FromLong(((PyTraceback)o).LineNo), PyMethod.ReadOnly);
        TypeBuilder.Method(t, "__dir__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("__dir__", args, kw, 0);
            return new PyList([PyStr.Intern("tb_frame"), PyStr.Intern("tb_next"), PyStr.Intern("tb_lasti"), PyStr.Intern("tb_lineno")]);
        });
        TypeBuilder.GetSet(t, "tb_next", o => (PyObject?)((PyTraceback)o).Next ?? PyNone.Instance, (o, v) =>
        {
            if (v is null) throw PyErr.TypeError("can't delete tb_next attribute");
            if (v is PyNone) { ((PyTraceback)o).Next = null; return; }
            if (v is not PyTraceback n) throw PyErr.TypeError($"expected traceback object, got '{v.Type.Name}'");
            for (var c = n; c is not null; c = c.Next)
                if (ReferenceEquals(c, o)) throw PyErr.ValueError("traceback loop detected");
            ((PyTraceback)o).Next = n;
        });
    }
}
