namespace Krait.Runtime;

// Slot signatures that need a span (Func/Action cannot take a ref struct).

/// <summary>Vectorcall-style call: positional args then keyword values; <paramref name="kwnames"/> names the
/// trailing <c>kwnames.Count</c> entries of <paramref name="args"/>.</summary>
public delegate PyObject CallSlot(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

public delegate PyObject NewSlot(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

public delegate void InitSlot(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>A builtin function body: <paramref name="self"/> is the bound object (or the module/null).</summary>
public delegate PyObject BuiltinFn(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
