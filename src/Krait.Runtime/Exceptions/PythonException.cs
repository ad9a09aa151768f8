namespace Krait.Runtime;

/// <summary>The .NET carrier of a Python exception raised from C# code (builtins, slots). The VM catches it
/// at the call boundary and unwinds with the code object's exception table.</summary>
public sealed class PythonException(PyBaseException value) : Exception
{
    public PyBaseException Value { get; } = value;

    public override string Message
    {
        get
        {
            try
            {
                var s = Ops.Str(Value).Value;
                return s.Length == 0 ? Value.Type.Name : $"{Value.Type.Name}: {s}";
            }
            catch (PythonException) { return Value.Type.Name; }
        }
    }
}
