namespace Krait.Runtime;

/// <summary>async_generator: the object an <c>async def</c> with <c>yield</c> returns.</summary>
public sealed class PyAsyncGenerator(PyFrame frame) : PyGenBase(AsyncGeneratorType, frame)
{
    public static readonly PyType AsyncGeneratorType = PyType.NewBuiltin("async_generator", PyType.ObjectType, 0, InitType);

    protected override string Kind => "async generator";

    private static void InitType(PyType t)
    {
        TypeBuilder.GetSet(t, "ag_frame", o => ((PyGenBase)o).Frame.Completed ? PyNone.Instance : ((PyGenBase)o).Frame, null);
        TypeBuilder.GetSet(t, "ag_running", o => PyBool.From(((PyGenBase)o).Running), null);
        TypeBuilder.GetSet(t, "ag_code", o => ((PyGenBase)o).Frame.Code, null);
        TypeBuilder.GetSet(t, "__name__", o => ((PyGenBase)o).Name, null);
        TypeBuilder.GetSet(t, "__qualname__", o => ((PyGenBase)o).QualName, null);
        BuiltinFn notYet = (self, args, kw) => throw PyErr.New(PyExc.NotImplementedError, "asynchronous generators are not supported by Krait yet");
        TypeBuilder.Method(t, "__anext__", notYet);
        TypeBuilder.Method(t, "asend", notYet);
        TypeBuilder.Method(t, "athrow", notYet);
        TypeBuilder.Method(t, "aclose", notYet);
        t.Repr = o => new PyStr($"<async_generator object {((PyGenBase)o).QualName.Value} at 0x{Ops.Id(o):x}>");
    }
}
