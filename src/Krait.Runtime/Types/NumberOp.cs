namespace Krait.Runtime;

/// <summary>Binary number operations, in the order of the VM's BINARY_OP arguments (NB_ADD …).</summary>
public enum NumberOp
{
    Add, And, FloorDivide, LShift, MatMul, Multiply, Remainder, Or, Power, RShift, Subtract, TrueDivide, Xor,
    DivMod,
}
