using System.Reflection.Emit;
using System.Text;
using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

// f-strings without a str per piece. An f-string compiles to its pieces pushed left to right (a LOAD_CONST of a str,
// or a field's expression ending in FORMAT_VALUE) and a BUILD_STRING joining them. Fused, each piece's text is
// appended, at the instruction that finishes it, to one builder the build holds in an IL local, and BUILD_STRING
// turns that builder into the result: a field's value is formatted where FORMAT_VALUE formats it (the same side
// effects and exceptions, in the same order), but no str is made for it (`Interpreter.FormatValueInto`). The pieces'
// stack entries are not written. Fused only when the pieces' code runs straight from the first piece to BUILD_STRING (no
// jump, yield or handler entry inside: a conditional expression in a field keeps the plain instructions). If the
// frame is handed to the eval loop in the middle (a trace function set by a call in a field), the text so far
// becomes the first piece's entry and the other finished pieces' entries empty strs, which the eval loop's
// BUILD_STRING joins to the same result.
internal sealed partial class JitCompiler
{
    /// <summary>A fused BUILD_STRING: its pieces' last instructions, the stack depth under the pieces, and the
    /// builder's local.</summary>
    private sealed class StringBuild
    {
        public int First, Build, Base;
        public int[] Pieces = null!;
        public LocalBuilder Builder = null!;
    }

    /// <summary>Per instruction: the fused build whose piece it finishes or which it ends (BUILD_STRING), or null.</summary>
    private StringBuild?[]? _stringPart;
    /// <summary>Per instruction of <see cref="_stringPart"/>: which piece it finishes (-1 for the BUILD_STRING).</summary>
    private int[]? _stringPiece;
    private StringBuild[] _stringBuilds = [];

    private void FindStringBuilds(bool[] entered)
    {
        StringBuild[]? found = null;
        int count = 0;
        for (int k = 0; k < _instrs.Length; k++)
        {
            if (_instrs[k].Op != Op.BUILD_STRING || _instrs[k].Depth < 0 || _instrs[k].Arg < 2) continue;
            var b = FindPieces(k, entered);
            if (b is null) continue;
            b.Builder = _il.DeclareLocal(typeof(StringBuilder));
            _stringPart ??= new StringBuild?[_instrs.Length];
            _stringPiece ??= new int[_instrs.Length];
            for (int j = 0; j < b.Pieces.Length; j++)
            {
                _stringPart[b.Pieces[j]] = b;
                _stringPiece[b.Pieces[j]] = j;
            }
            _stringPart[k] = b;
            _stringPiece[k] = -1;
            found ??= new StringBuild[4];
            if (count == found.Length) Array.Resize(ref found, 2 * count);
            found[count++] = b;
        }
        if (found is not null) _stringBuilds = found[..count];
    }

    /// <summary>The pieces of BUILD_STRING <paramref name="k"/>, from the last back: each is a LOAD_CONST of a str or
    /// a FORMAT_VALUE whose operands' code starts where the stack is one entry above the previous piece. Null when
    /// the code between the first piece and BUILD_STRING isn't straight-line.</summary>
    private StringBuild? FindPieces(int k, bool[] entered)
    {
        int n = _instrs[k].Arg, baseDepth = _instrs[k].Depth - n;
        var pieces = new int[n];
        int p = k - 1, start = k;
        for (int j = n - 1; j >= 0; j--)
        {
            if (p < 0) return null;
            var f = _instrs[p];
            pieces[j] = p;
            if (f.Op == Op.LOAD_CONST && f.Depth == baseDepth + j && _co.Consts[f.Arg] is PyStr c
                && ReferenceEquals(c.Type, PyType.StrType))
                start = p;
            else if (f.Op == Op.FORMAT_VALUE && f.Depth - ((f.Arg & 4) != 0 ? 1 : 0) == baseDepth + j + 1)
            {
                start = p;
                while (start > 0 && _instrs[start].Depth > baseDepth + j) start--;
                if (_instrs[start].Depth != baseDepth + j) return null;
            }
            else return null;
            p = start - 1;
        }
        for (int q = start; q <= k; q++)
        {
            var ins = _instrs[q];
            if (ins.Depth < 0 || (q > start && entered[q]) || IsJump(ins.Op) || Ends(ins.Op)
                || ins.Op is Op.YIELD_VALUE or Op.RETURN_GENERATOR or Op.SWAP || (ins.Op == Op.COPY && ins.Arg > 1))
                return null;
        }
        return new StringBuild { First = start, Build = k, Base = baseDepth, Pieces = pieces };
    }

    /// <summary>LOAD_CONST, FORMAT_VALUE or BUILD_STRING of a fused build (instruction <paramref name="k"/>): emitted,
    /// or false for the plain instruction.</summary>
    private bool EmitStringPart(int k, in Instr ins)
    {
        var b = _stringPart?[k];
        if (b is null) return false;
        var il = _il;
        int j = _stringPiece![k], d = ins.Depth;
        if (j < 0)
        {
            // BUILD_STRING: the builder's text (the builder goes back to the cache; the local forgets it).
            il.Emit(OpCodes.Ldloc, b.Builder);
            il.Emit(OpCodes.Call, M(nameof(Interpreter.FinishString)));
            St(b.Base);
            il.Emit(OpCodes.Ldnull);
            il.Emit(OpCodes.Stloc, b.Builder);
            return true;
        }
        if (ins.Op == Op.FORMAT_VALUE) Lasti(ins.Index);
        // The first piece takes a cleared builder: a fresh one, or the one an exception left in the local.
        il.Emit(OpCodes.Ldloc, b.Builder);
        if (j == 0)
        {
            il.Emit(OpCodes.Call, M(nameof(Interpreter.StartString)));
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Stloc, b.Builder);
        }
        if (ins.Op == Op.LOAD_CONST)
        {
            LdConst(ins.Arg);
            il.Emit(OpCodes.Call, M(nameof(Interpreter.AppendConstPiece)));
            return true;
        }
        bool spec = (ins.Arg & 4) != 0;
        int v = spec ? d - 2 : d - 1;
        Ld(v);
        if (spec) Ld(d - 1);
        else il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Ldc_I4, ins.Arg);
        il.Emit(OpCodes.Call, M(nameof(Interpreter.FormatValueInto)));
        return true;
    }

    /// <summary>Before handing the frame to the eval loop at code unit <paramref name="resumeAt"/>: the stack entries
    /// of the fused builds in progress there get the text so far (see the comment at the top of this file).</summary>
    private void MaterializeStringBuilds(int resumeAt)
    {
        if (_stringBuilds.Length == 0 || resumeAt >= _instrAt.Length || _instrAt[resumeAt] < 0) return;
        int r = _instrAt[resumeAt];
        foreach (var b in _stringBuilds)
        {
            if (r <= b.First || r > b.Build) continue;
            int done = 0;
            while (done < b.Pieces.Length && b.Pieces[done] < r) done++;
            if (done == 0) continue;
            _il.Emit(OpCodes.Ldloc, b.Builder);
            _il.Emit(OpCodes.Call, M(nameof(Interpreter.StringSoFar)));
            St(b.Base);
            for (int e = b.Base + 1; e < b.Base + done; e++)
            {
                _il.Emit(OpCodes.Call, Getter<PyStr>(nameof(PyStr.Empty)));
                St(e);
            }
        }
    }
}
