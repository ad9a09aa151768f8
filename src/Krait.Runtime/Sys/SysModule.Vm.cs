namespace Krait.Runtime;

// sys functions that read the VM's state.
public static partial class SysModule
{
    private static void AddVmFunctions(PyModule m)
    {
        m.AddFunction("set_asyncgen_hooks", AsyncGenHooks.Set);
        m.AddFunction("get_asyncgen_hooks", AsyncGenHooks.Get);
        m.AddFunction("_getframe", (self, args, kw) =>
        {
            TypeBuilder.ArgRange("_getframe", args, kw, 0, 1);
            long depth = args.Length == 0 ? 0 : Ops.AsSsize(args[0]);
            var f = ThreadState.Current.Frame;
            for (; f is not null && depth > 0; depth--) f = f.Back;
            return f?.MarkEscaped() ?? throw PyErr.ValueError("call stack is not deep enough");
        });
        m.AddFunction("exc_info", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("sys.exc_info", args, kw, 0);
            var e = ThreadState.Current.Handled;
            if (e is null) return PyTuple.Create([PyNone.Instance, PyNone.Instance, PyNone.Instance]);
            return PyTuple.Create([e.Type, e, (PyObject?)e.Traceback ?? PyNone.Instance]);
        });
        m.AddFunction("exception", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("sys.exception", args, kw, 0);
            return (PyObject?)ThreadState.Current.Handled ?? PyNone.Instance;
        });
        m.AddFunction("getrecursionlimit", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("sys.getrecursionlimit", args, kw, 0);
            return PyInt.FromLong(PythonRuntime.RecursionLimit);
        });
        m.AddFunction("setrecursionlimit", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("sys.setrecursionlimit", args, kw, 1);
            if (args[0] is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
            long limit = Ops.AsSsize(args[0]);
            if (limit < 1) throw PyErr.ValueError("recursion limit must be greater or equal than 1");
            var depth = ThreadState.Current.Depth;
            if (limit <= depth)
                throw PyErr.New(PyExc.RecursionError, $"cannot set the recursion limit to {limit} at the recursion depth {depth}: the limit is too low");
            PythonRuntime.RecursionLimit = (int)Math.Min(limit, int.MaxValue);
            return PyNone.Instance;
        });
    }
}
