using System.Text;
using Krait.Syntax.Text;

namespace Krait.Compiler.Bytecode;

/// <summary>The canonical text form of code objects that tools/dump_code.py prints for CPython's:
/// every co_* field, bytes as hex, constants by repr (frozensets sorted), nested code recursively.</summary>
public static class CodeDumper
{
    public static string Dump(CodeObject co)
    {
        var sb = new StringBuilder();
        Dump(sb, co, "");
        return sb.ToString();
    }

    private static void Dump(StringBuilder sb, CodeObject co, string indent)
    {
        void W(string s) => sb.Append(indent).Append(s).Append('\n');
        W($"code {co.QualName}");
        W($"  argcount {co.ArgCount}");
        W($"  posonlyargcount {co.PosOnlyArgCount}");
        W($"  kwonlyargcount {co.KwOnlyArgCount}");
        W($"  stacksize {co.StackSize}");
        W($"  flags 0x{co.Flags:x}");
        W($"  firstlineno {co.FirstLineNo}");
        W($"  filename {PyRepr.Str(co.Filename)}");
        W($"  name {PyRepr.Str(co.Name)}");
        W($"  qualname {PyRepr.Str(co.QualName)}");
        W($"  names {StrTuple(co.Names)}");
        W($"  localsplusnames {StrTuple(co.LocalsPlusNames)}");
        W($"  localspluskinds {Hex(co.LocalsPlusKinds)}");
        W($"  varnames {StrTuple(co.VarNames)}");
        W($"  cellvars {StrTuple(co.CellVars)}");
        W($"  freevars {StrTuple(co.FreeVars)}");
        W($"  nlocals {co.NLocals}");
        W($"  code {Hex(co.Code)}");
        W($"  linetable {Hex(co.LineTable)}");
        W($"  exceptiontable {Hex(co.ExceptionTable)}");
        W($"  consts {co.Consts.Length}");
        for (int i = 0; i < co.Consts.Length; i++)
        {
            if (co.Consts[i] is CodeObject nested)
            {
                W($"  [{i}]");
                Dump(sb, nested, indent + "    ");
            }
            else W($"  [{i}] {ConstRepr(co.Consts[i])}");
        }
    }

    private static string Hex(byte[] b) => Convert.ToHexStringLower(b);

    private static string StrTuple(string[] items)
    {
        var objs = new object?[items.Length];
        for (int i = 0; i < items.Length; i++) objs[i] = items[i];
        return ConstRepr(new ConstTuple(objs));
    }

    public static string ConstRepr(object? v)
    {
        switch (v)
        {
            case ConstTuple t:
            {
                var sb = new StringBuilder("(");
                for (int i = 0; i < t.Items.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(ConstRepr(t.Items[i]));
                }
                if (t.Items.Length == 1) sb.Append(',');
                return sb.Append(')').ToString();
            }
            case ConstFrozenSet s:
            {
                var reprs = new List<string>();
                foreach (var i in s.Items) reprs.Add(ConstRepr(i));
                reprs.Sort(CompareCodePoints);
                return "frozenset({" + string.Join(", ", reprs) + "})";
            }
            case CodeObject c:
                return $"<code object {c.Name}>";
            case double d:
                return PyRepr.Float(d);
            case System.Numerics.Complex c:
                return PyRepr.Complex(c);
            default:
            {
                var sb = new StringBuilder();
                PyRepr.AppendConstant(sb, v);
                return sb.ToString();
            }
        }
    }

    // Python sorts str by code point; UTF-16 ordinal order differs only above the surrogates.
    private static int CompareCodePoints(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            int ca = Next(a, ref i), cb = Next(b, ref j);
            if (ca != cb) return ca.CompareTo(cb);
        }
        return (a.Length - i).CompareTo(b.Length - j);
    }

    private static int Next(string s, ref int i)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            int c = char.ConvertToUtf32(s[i], s[i + 1]);
            i += 2;
            return c;
        }
        return s[i++];
    }
}
