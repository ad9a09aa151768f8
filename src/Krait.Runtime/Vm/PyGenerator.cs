namespace Krait.Runtime;

/// <summary>generator: the object a generator function returns.</summary>
public sealed class PyGenerator(PyFrame frame) : PyGenBase(GeneratorType, frame)
{
    public static readonly PyType GeneratorType = PyType.NewBuiltin("generator", PyType.ObjectType, 0, InitType);

    protected override string Kind => "generator";

    /// <summary>tp_iternext: the next yielded value, or null when the frame returned.</summary>
    internal PyObject? NextOrNull() => NextOrNull(ThreadState.Current);

    /// <summary><see cref="NextOrNull()"/> with the running thread's state at hand.</summary>
    internal PyObject? NextOrNull(ThreadState ts)
    {
        var r = SendEx(ts, PyNone.Instance, null, false, out bool returned);
        return returned ? null : r;
    }

    private static void InitType(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o => ((PyGenerator)o).NextOrNull();
        // __next__ itself (not the slot wrapper) so that StopIteration carries the return value.
        TypeBuilder.Method(t, "__next__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("__next__", args, kw, 0);
            var r = ((PyGenerator)self!).SendEx(PyNone.Instance, null, false, out bool returned);
            if (returned) throw StopIterationFor(r);
            return r;
        });
        AddCommon(t, "gi");
        TypeBuilder.GetSet(t, "gi_yieldfrom", o => ((PyGenBase)o).YieldFrom() ?? PyNone.Instance, null);
    }
}
