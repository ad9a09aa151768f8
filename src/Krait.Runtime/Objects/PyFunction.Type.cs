namespace Krait.Runtime;

// function's slots and attributes.
public sealed partial class PyFunction
{
    private static void InitType(PyType t)
    {
        t.Call = (o, args, kw) => Interpreter.CallFunction((PyFunction)o, args, kw);
        t.DescrGet = (f, instance, owner) => instance is null ? f : new PyMethod(f, instance);
        t.Repr = o => new PyStr($"<function {((PyFunction)o).QualName.Value} at 0x{Ops.Id(o):x}>");
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
        TypeBuilder.GetSet(t, "__globals__", o => ((PyFunction)o).Globals, PyMethod.ReadOnly);
        TypeBuilder.GetSet(t, "__builtins__", o => ((PyFunction)o).Builtins, PyMethod.ReadOnly);
        TypeBuilder.GetSet(t, "__closure__", o => (PyObject?)((PyFunction)o).Closure ?? PyNone.Instance, PyMethod.ReadOnly);
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
}
