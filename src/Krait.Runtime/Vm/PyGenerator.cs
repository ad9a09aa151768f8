namespace Krait.Runtime;

/// <summary>generator: the object a generator function returns.</summary>
public sealed class PyGenerator(PyFrame frame) : PyGenBase(GeneratorType, frame)
{
    public static readonly PyType GeneratorType = PyType.NewBuiltin("generator", PyType.ObjectType, 0, InitType);

    protected override string Kind => "generator";

    private static void InitType(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o =>
        {
            var g = (PyGenerator)o;
            var r = g.SendEx(PyNone.Instance, null, false, out bool returned);
            return returned ? null : r;
        };
        AddCommon(t, "gi");
        TypeBuilder.GetSet(t, "gi_yieldfrom", o => ((PyGenBase)o).YieldFrom() ?? PyNone.Instance, null);
    }
}
