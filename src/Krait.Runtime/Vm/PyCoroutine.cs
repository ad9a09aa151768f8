namespace Krait.Runtime;

/// <summary>coroutine: the object an <c>async def</c> function returns. Awaiting it iterates a
/// coroutine_wrapper (<c>__await__</c>).</summary>
public sealed class PyCoroutine(PyFrame frame) : PyGenBase(CoroutineType, frame)
{
    public static readonly PyType CoroutineType = PyType.NewBuiltin("coroutine", PyType.ObjectType, 0, InitType);
    public static readonly PyType WrapperType = PyType.NewBuiltin("coroutine_wrapper", PyType.ObjectType, 0, InitWrapper);

    protected override string Kind => "coroutine";

    private sealed class Wrapper(PyCoroutine coro) : PyObject(WrapperType)
    {
        public readonly PyCoroutine Coro = coro;
    }

    private static void InitType(PyType t)
    {
        AddCommon(t, "cr");
        TypeBuilder.GetSet(t, "cr_await", o => ((PyGenBase)o).YieldFrom() ?? PyNone.Instance, null);
        TypeBuilder.GetSet(t, "cr_origin", o => PyNone.Instance, null);
        TypeBuilder.Method(t, "__await__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("__await__", args, kw, 0);
            return new Wrapper((PyCoroutine)self!);
        });
    }

    private static void InitWrapper(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o =>
        {
            var c = ((Wrapper)o).Coro;
            var r = c.SendEx(PyNone.Instance, null, false, out bool returned);
            if (returned && r is not PyNone) throw StopIterationFor(r);
            return returned ? null : r;
        };
        TypeBuilder.Method(t, "send", (self, args, kw) => ((Wrapper)self!).Coro.Send(args[0]));
        TypeBuilder.Method(t, "throw", (self, args, kw) =>
            ((Wrapper)self!).Coro.Throw(args[0], args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null));
        TypeBuilder.Method(t, "close", (self, args, kw) => { ((Wrapper)self!).Coro.Close(); return PyNone.Instance; });
    }
}
