using System.Numerics;

namespace Krait.Runtime;

/// <summary>An instance of a Python subclass of int: adds the instance dict, and carries its own value when it
/// does not fit a long (rare enough that every instance may pay the field).</summary>
public sealed class PyIntSubclass(PyType type, BigInteger value) : PyInt(type, SmallOrMarker(value))
{
    private readonly BigInteger? _big = NeedsBig(value) ? value : null;
    private PyDict? _dict = type.HasDict ? new() : null;
    public override PyDict? Dict { get => _dict; set => _dict = _dict is null ? throw PyErr.NoAttribute(this, PyStr.Intern("__dict__")) : value; }
    private protected override bool HoldsBig => _big.HasValue;
    private protected override BigInteger BigValue => _big.GetValueOrDefault();
}
