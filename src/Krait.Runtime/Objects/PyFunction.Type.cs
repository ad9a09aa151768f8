namespace Krait.Runtime;

// function's slots and attributes.
public sealed partial class PyFunction
{
    private static void InitType(PyType t)
    {
        t.Call = (o, args, kw) => Interpreter.CallFunction((PyFunction)o, args, kw);
        t.DescrGet = (f, instance, owner) => instance is null ? f : new PyMethod(f, instance);
        t.Repr = o => new PyStr($"<function {((PyFunction)o).QualName.Value} at 0x{Ops.Id(o):x}>");
        t.New = (type, args, kw) =>
        {
            // types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
            Span<PyObject?> a = new PyObject?[5];
            ArgBinder.Bind("function", args, kw, ["code", "globals", "name", "argdefs", "closure"], 0, 5, 2, a);
            var code = a[0] as PyCode ?? throw PyErr.TypeError($"function() argument 'code' must be code, not {a[0]!.Type.Name}");
            var globals = a[1] as PyDict ?? throw PyErr.TypeError($"function() argument 'globals' must be dict, not {a[1]!.Type.Name}");
            PyObject name = a[2] ?? PyNone.Instance, defs = a[3] ?? PyNone.Instance, closure = a[4] ?? PyNone.Instance;
            if (name is not (PyNone or PyStr)) throw PyErr.TypeError("arg 3 (name) must be None or string");
            if (defs is not (PyNone or PyTuple)) throw PyErr.TypeError("arg 4 (defaults) must be None or tuple");
            if (closure is not (PyNone or PyTuple))
                throw PyErr.TypeError(code.NFrees > 0 ? "arg 5 (closure) must be tuple" : "arg 5 (closure) must be None or tuple");
            int nclosure = closure is PyTuple ct ? ct.Count : 0;
            if (code.NFrees != nclosure)
            {
                if (code.NFrees > 0 && closure is PyNone) throw PyErr.TypeError("arg 5 (closure) must be tuple");
                throw PyErr.ValueError($"{code.Name.Value} requires closure of length {code.NFrees}, not {nclosure}");
            }
            if (closure is PyTuple cl)
                for (int i = 0; i < cl.Count; i++)
                    if (cl[i] is not PyCell) throw PyErr.TypeError($"arg 5 (closure) expected cell, found {cl[i].Type.Name}");
            var f = new PyFunction(code, globals);
            if (name is PyStr ns) f.Name = ns;
            if (defs is PyTuple dt) f.Defaults = dt;
            if (closure is PyTuple c2 && c2.Count > 0) f.Closure = c2;
            return f;
        };
        t.GetAttr = PyBaseObject.GenericGetAttr;
        t.SetAttr = PyBaseObject.GenericSetAttr;
        TypeBuilder.GetSet(t, "__code__", o => ((PyFunction)o).Code, (o, v) =>
        {
            var f = (PyFunction)o;
            if (v is not PyCode c) throw PyErr.TypeError("__code__ must be set to a code object");
            if (c.NFrees != (f.Closure?.Count ?? 0))
                throw PyErr.ValueError($"{f.Name.Value}() requires a code object with {f.Closure?.Count ?? 0} free vars, not {c.NFrees}");
            f.Code = c;
        });
        // Members in CPython (func_memberlist): types.MemberDescriptorType is type(FunctionType.__globals__).
        Member(t, "__globals__", o => ((PyFunction)o).Globals);
        Member(t, "__builtins__", o => ((PyFunction)o).Builtins);
        Member(t, "__closure__", o => (PyObject?)((PyFunction)o).Closure ?? PyNone.Instance);
        TypeBuilder.GetSet(t, "__name__", o => ((PyFunction)o).Name, (o, v) =>
            ((PyFunction)o).Name = v as PyStr ?? throw PyErr.TypeError("__name__ must be set to a string object"));
        TypeBuilder.GetSet(t, "__qualname__", o => ((PyFunction)o).QualName, (o, v) =>
            ((PyFunction)o).QualName = v as PyStr ?? throw PyErr.TypeError("__qualname__ must be set to a string object"));
        TypeBuilder.GetSet(t, "__defaults__", o => (PyObject?)((PyFunction)o).Defaults ?? PyNone.Instance, (o, v) =>
        {
            if (v is null or PyNone) { ((PyFunction)o).Defaults = null; return; }
            ((PyFunction)o).Defaults = v as PyTuple ?? throw PyErr.TypeError("__defaults__ must be set to a tuple object");
        });
        TypeBuilder.GetSet(t, "__kwdefaults__", o => (PyObject?)((PyFunction)o).KwDefaults ?? PyNone.Instance, (o, v) =>
        {
            if (v is null or PyNone) { ((PyFunction)o).KwDefaults = null; return; }
            ((PyFunction)o).KwDefaults = v as PyDict ?? throw PyErr.TypeError("__kwdefaults__ must be set to a dict object");
        });
        TypeBuilder.GetSet(t, "__doc__", o => ((PyFunction)o).Doc, (o, v) => ((PyFunction)o).Doc = v ?? PyNone.Instance);
        TypeBuilder.GetSet(t, "__module__", o => ((PyFunction)o).Module, (o, v) => ((PyFunction)o).Module = v ?? PyNone.Instance);
        TypeBuilder.GetSet(t, "__annotations__", o =>
        {
            var f = (PyFunction)o;
            return f.Annotations ??= new PyDict();
        }, (o, v) =>
        {
            if (v is not null and not PyNone and not PyDict) throw PyErr.TypeError("__annotations__ must be set to a dict object");
            ((PyFunction)o).Annotations = v is PyDict ? v : null;
        });
        TypeBuilder.GetSet(t, "__dict__", o => o.Dict!, (o, v) =>
            o.Dict = v is null ? throw PyErr.TypeError("cannot delete __dict__")
                : v as PyDict ?? throw PyErr.TypeError("__dict__ must be set to a dictionary, not a '" + v.Type.Name + "'"));
    }

    private static void Member(PyType t, string name, Func<PyObject, PyObject> get) =>
        t.TypeDict.SetItem(PyStr.Intern(name), new PyMemberDescriptor(t, name, get));
}
