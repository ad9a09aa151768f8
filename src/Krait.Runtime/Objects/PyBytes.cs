namespace Krait.Runtime;

/// <summary>bytes: an immutable byte string (Objects/bytesobject.c).</summary>
public partial class PyBytes : PyObject
{
    public static readonly PyType BytesType = PyType.NewBuiltin("bytes", PyType.ObjectType, TypeFlags.BaseType | TypeFlags.Sequence | TypeFlags.MatchSelf, InitType);

    public readonly byte[] Value;

    public PyBytes(byte[] value) : base(BytesType) => Value = value;

    private static void InitType(PyType t)
    {
        t.Repr = o => { var sb = new System.Text.StringBuilder(); Krait.Syntax.Text.PyRepr.AppendBytes(sb, ((PyBytes)o).Value); return new PyStr(sb.ToString()); };
        t.Len = o => ((PyBytes)o).Value.Length;
        t.Hash = o =>
        {
            // CPython hashes bytes like the equal latin-1 str only under -b; any stable hash keeps dict semantics.
            var v = ((PyBytes)o).Value;
            var h = new HashCode();
            h.AddBytes(v);
            long r = h.ToHashCode();
            return r == -1 ? -2 : r;
        };
        t.RichCompare = (a, b, op) =>
        {
            if (b is not PyBytes bb) return PyNotImplemented.Instance;
            int c = ((PyBytes)a).Value.AsSpan().SequenceCompareTo(bb.Value);
            return PyBool.From(Ops.CompareResult(c, op));
        };
    }
}
