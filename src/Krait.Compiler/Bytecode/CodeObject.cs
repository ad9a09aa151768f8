namespace Krait.Compiler.Bytecode;

/// <summary>A compiled code object with CPython 3.11's fields (Objects/codeobject.c). Plain data:
/// the VM loads it; nothing here depends on a runtime.
/// Constants in <see cref="Consts"/> are: null (None), bool, BigInteger, double, Complex, string,
/// byte[], <see cref="Krait.Syntax.Ast.EllipsisValue"/>, <see cref="ConstTuple"/>,
/// <see cref="ConstFrozenSet"/> and nested <see cref="CodeObject"/>s.</summary>
public sealed class CodeObject
{
    public const byte FastLocal = 0x20;
    public const byte FastCell = 0x40;
    public const byte FastFree = 0x80;

    public int ArgCount { get; init; }
    public int PosOnlyArgCount { get; init; }
    public int KwOnlyArgCount { get; init; }
    public int StackSize { get; init; }
    public int Flags { get; init; }
    public int FirstLineNo { get; init; }
    public byte[] Code { get; init; } = [];
    public object?[] Consts { get; init; } = [];
    public string[] Names { get; init; } = [];
    public string[] LocalsPlusNames { get; init; } = [];
    public byte[] LocalsPlusKinds { get; init; } = [];
    public string Filename { get; init; } = "";
    public string Name { get; init; } = "";
    public string QualName { get; init; } = "";
    public byte[] LineTable { get; init; } = [];
    public byte[] ExceptionTable { get; init; } = [];

    public string[] VarNames => Select(FastLocal);
    public string[] CellVars => Select(FastCell);
    public string[] FreeVars => Select(FastFree);
    public int NLocals => Count(FastLocal);

    private string[] Select(byte kind)
    {
        var r = new List<string>();
        for (int i = 0; i < LocalsPlusNames.Length; i++)
            if ((LocalsPlusKinds[i] & kind) != 0) r.Add(LocalsPlusNames[i]);
        return [.. r];
    }

    private int Count(byte kind)
    {
        int n = 0;
        foreach (var k in LocalsPlusKinds) if ((k & kind) != 0) n++;
        return n;
    }
}
