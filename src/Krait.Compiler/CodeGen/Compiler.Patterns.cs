using Krait.Compiler.Bytecode;
using Krait.Compiler.Symtable;
using Krait.Syntax.Ast;
using Attribute = Krait.Syntax.Ast.Attribute;

namespace Krait.Compiler.CodeGen;

public sealed partial class Compiler
{
    private static bool IsWildcard(PatternNode p) => p is MatchAs { Pattern: null, Name: null };

    private static bool IsStarWildcard(PatternNode p) => p is MatchStar { Name: null };

    private void EnsureFailPop(PatternContext pc, int n)
    {
        while (pc.FailPop.Count < n + 1) pc.FailPop.Add(NewBlock());
    }

    private void JumpToFailPop(PatternContext pc, int op)
    {
        int pops = pc.OnTop + pc.Stores.Count;
        EnsureFailPop(pc, pops);
        AddOpJump(op, pc.FailPop[pops]);
    }

    private void EmitAndResetFailPop(PatternContext pc)
    {
        if (pc.FailPop.Count == 0) return;
        for (int i = pc.FailPop.Count - 1; i > 0; i--)
        {
            UseNextBlock(pc.FailPop[i]);
            AddOp(Op.POP_TOP);
        }
        UseNextBlock(pc.FailPop[0]);
        pc.FailPop = [];
    }

    private void PatternRotate(int count)
    {
        while (1 < count) AddOpI(Op.SWAP, count--);
    }

    private void PatternStoreName(string? n, PatternContext pc)
    {
        if (n is null)
        {
            AddOp(Op.POP_TOP);
            return;
        }
        ForbiddenName(n, ExprContext.Store);
        if (pc.Stores.Contains(n)) throw Error($"multiple assignments to name '{n}' in pattern");
        PatternRotate(pc.OnTop + pc.Stores.Count + 1);
        pc.Stores.Add(n);
    }

    private void PatternUnpackHelper(PatternNode[] elts)
    {
        int n = elts.Length;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (elts[i] is MatchStar && !seenStar)
            {
                if (i >= (1 << 8) || (n - i - 1) >= (int.MaxValue >> 8))
                    throw Error("too many expressions in star-unpacking sequence pattern");
                AddOpI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
            else if (elts[i] is MatchStar) throw Error("multiple starred expressions in sequence pattern");
        }
        if (!seenStar) AddOpI(Op.UNPACK_SEQUENCE, n);
    }

    private void PatternSequenceUnpack(PatternNode[] patterns, PatternContext pc)
    {
        PatternUnpackHelper(patterns);
        int size = patterns.Length;
        pc.OnTop += size;
        for (int i = 0; i < size; i++)
        {
            pc.OnTop--;
            PatternSubpattern(patterns[i], pc);
        }
    }

    private void PatternSequenceSubscr(PatternNode[] patterns, int star, PatternContext pc)
    {
        pc.OnTop++;
        int size = patterns.Length;
        for (int i = 0; i < size; i++)
        {
            var pattern = patterns[i];
            if (IsWildcard(pattern)) continue;
            if (i == star) continue;
            AddOpI(Op.COPY, 1);
            if (i < star) LoadConst(new System.Numerics.BigInteger(i));
            else
            {
                AddOp(Op.GET_LEN);
                LoadConst(new System.Numerics.BigInteger(size - i));
                AddOpI(Op.BINARY_OP, BinaryOpArg(OperatorKind.Sub, false));
            }
            AddOp(Op.BINARY_SUBSCR);
            PatternSubpattern(pattern, pc);
        }
        pc.OnTop--;
        AddOp(Op.POP_TOP);
    }

    private void PatternSubpattern(PatternNode p, PatternContext pc)
    {
        bool allow = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        Pattern(p, pc);
        pc.AllowIrrefutable = allow;
    }

    private void Pattern(PatternNode p, PatternContext pc)
    {
        SetLoc(p);
        switch (p)
        {
            case MatchValue v:
                if (v.Value is not (Constant or Attribute)) throw Error("patterns may only match literals and attribute lookups");
                VisitExpr(v.Value);
                AddCompare(CmpOpKind.Eq);
                JumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
                break;
            case MatchSingleton s:
                LoadConst(s.Value);
                AddCompare(CmpOpKind.Is);
                JumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
                break;
            case MatchSequence s: PatternSequence(s, pc); break;
            case MatchMapping m: PatternMapping(m, pc); break;
            case MatchClass c: PatternClass(c, pc); break;
            case MatchStar s: PatternStoreName(s.Name, pc); break;
            case MatchAs a: PatternAs(a, pc); break;
            case MatchOr o: PatternOr(o, pc); break;
        }
    }

    private void PatternAs(MatchAs p, PatternContext pc)
    {
        if (p.Pattern is null)
        {
            if (!pc.AllowIrrefutable)
            {
                if (p.Name is not null) throw Error($"name capture '{p.Name}' makes remaining patterns unreachable");
                throw Error("wildcard makes remaining patterns unreachable");
            }
            PatternStoreName(p.Name, pc);
            return;
        }
        pc.OnTop++;
        AddOpI(Op.COPY, 1);
        Pattern(p.Pattern, pc);
        pc.OnTop--;
        PatternStoreName(p.Name, pc);
    }

    private void ValidateKwdAttrs(string[] attrs, PatternNode[] patterns)
    {
        for (int i = 0; i < attrs.Length; i++)
        {
            SetLoc(patterns[i]);
            ForbiddenName(attrs[i], ExprContext.Store);
            for (int j = i + 1; j < attrs.Length; j++)
            {
                if (attrs[i] == attrs[j])
                {
                    SetLoc(patterns[j]);
                    throw Error("attribute name repeated in class pattern: " + attrs[i]);
                }
            }
        }
    }

    private void PatternClass(MatchClass p, PatternContext pc)
    {
        int nargs = p.Patterns.Length, nattrs = p.KwdAttrs.Length;
        if (nattrs != p.KwdPatterns.Length)
            throw Error($"kwd_attrs ({nattrs}) / kwd_patterns ({p.KwdPatterns.Length}) length mismatch in class pattern");
        if (nattrs > 0)
        {
            ValidateKwdAttrs(p.KwdAttrs, p.KwdPatterns);
            SetLoc(p);
        }
        VisitExpr(p.Cls);
        var names = new object?[nattrs];
        for (int i = 0; i < nattrs; i++) names[i] = p.KwdAttrs[i];
        LoadConst(new ConstTuple(names));
        AddOpI(Op.MATCH_CLASS, nargs);
        AddOpI(Op.COPY, 1);
        LoadConst(null);
        AddOpI(Op.IS_OP, 1);
        pc.OnTop++;
        JumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
        AddOpI(Op.UNPACK_SEQUENCE, nargs + nattrs);
        pc.OnTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++)
        {
            pc.OnTop--;
            var pattern = i < nargs ? p.Patterns[i] : p.KwdPatterns[i - nargs];
            if (IsWildcard(pattern))
            {
                AddOp(Op.POP_TOP);
                continue;
            }
            PatternSubpattern(pattern, pc);
        }
    }

    private void PatternMapping(MatchMapping p, PatternContext pc)
    {
        var keys = p.Keys;
        int size = keys.Length;
        if (size != p.Patterns.Length)
            throw Error($"keys ({size}) / patterns ({p.Patterns.Length}) length mismatch in mapping pattern");
        string? star = p.Rest;
        pc.OnTop++;
        AddOp(Op.MATCH_MAPPING);
        JumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
        if (size == 0 && star is null)
        {
            pc.OnTop--;
            AddOp(Op.POP_TOP);
            return;
        }
        if (size > 0)
        {
            AddOp(Op.GET_LEN);
            LoadConst(new System.Numerics.BigInteger(size));
            AddCompare(CmpOpKind.GtE);
            JumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
        }
        var seen = new List<object?>();
        for (int i = 0; i < size; i++)
        {
            var key = keys[i];
            if (key is Constant c)
            {
                var v = NormalizeConst(c.Value);
                foreach (var s in seen)
                {
                    if (PyEquals(s, v))
                        throw Error($"mapping pattern checks duplicate key ({CodeDumper.ConstRepr(v)})");
                }
                seen.Add(v);
            }
            else if (key is not Attribute) throw Error("mapping pattern keys may only match literals and attribute lookups");
            VisitExpr(key);
        }
        AddOpI(Op.BUILD_TUPLE, size);
        AddOp(Op.MATCH_KEYS);
        pc.OnTop += 2;
        AddOpI(Op.COPY, 1);
        LoadConst(null);
        AddOpI(Op.IS_OP, 1);
        JumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
        AddOpI(Op.UNPACK_SEQUENCE, size);
        pc.OnTop += size - 1;
        for (int i = 0; i < size; i++)
        {
            pc.OnTop--;
            PatternSubpattern(p.Patterns[i], pc);
        }
        pc.OnTop -= 2;
        if (star is not null)
        {
            AddOpI(Op.BUILD_MAP, 0);
            AddOpI(Op.SWAP, 3);
            AddOpI(Op.DICT_UPDATE, 2);
            AddOpI(Op.UNPACK_SEQUENCE, size);
            while (size > 0)
            {
                AddOpI(Op.COPY, 1 + size--);
                AddOpI(Op.SWAP, 2);
                AddOp(Op.DELETE_SUBSCR);
            }
            PatternStoreName(star, pc);
        }
        else
        {
            AddOp(Op.POP_TOP);
            AddOp(Op.POP_TOP);
        }
    }

    private void PatternOr(MatchOr p, PatternContext pc)
    {
        var end = NewBlock();
        int size = p.Patterns.Length;
        var oldStores = pc.Stores;
        var oldFailPop = pc.FailPop;
        bool oldAllow = pc.AllowIrrefutable;
        int oldOnTop = pc.OnTop;
        List<string>? control = null;
        for (int i = 0; i < size; i++)
        {
            var alt = p.Patterns[i];
            SetLoc(alt);
            pc.Stores = [];
            pc.AllowIrrefutable = i == size - 1 && oldAllow;
            pc.FailPop = [];
            pc.OnTop = 0;
            AddOpI(Op.COPY, 1);
            Pattern(alt, pc);
            int nstores = pc.Stores.Count;
            if (i == 0) control = pc.Stores;
            else if (nstores != control!.Count) throw Error("alternative patterns bind different names");
            else if (nstores > 0)
            {
                int icontrol = nstores;
                while (icontrol-- > 0)
                {
                    string name = control[icontrol];
                    int istores = pc.Stores.IndexOf(name);
                    if (istores < 0) throw Error("alternative patterns bind different names");
                    if (icontrol != istores)
                    {
                        int rotations = istores + 1;
                        var rotated = pc.Stores.GetRange(0, rotations);
                        pc.Stores.RemoveRange(0, rotations);
                        pc.Stores.InsertRange(icontrol - istores, rotated);
                        while (rotations-- > 0) PatternRotate(icontrol + 1);
                    }
                }
            }
            AddOpJump(Op.JUMP, end);
            EmitAndResetFailPop(pc);
        }
        pc.Stores = oldStores;
        pc.FailPop = oldFailPop;
        pc.AllowIrrefutable = oldAllow;
        pc.OnTop = oldOnTop;
        AddOp(Op.POP_TOP);
        JumpToFailPop(pc, Op.JUMP);
        UseNextBlock(end);
        int n = control!.Count;
        int nrots = n + 1 + pc.OnTop + pc.Stores.Count;
        for (int i = 0; i < n; i++)
        {
            PatternRotate(nrots);
            string name = control[i];
            if (pc.Stores.Contains(name)) throw Error($"multiple assignments to name '{name}' in pattern");
            pc.Stores.Add(name);
        }
        AddOp(Op.POP_TOP);
    }

    private void PatternSequence(MatchSequence p, PatternContext pc)
    {
        var patterns = p.Patterns;
        int size = patterns.Length;
        int star = -1;
        bool onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++)
        {
            var pattern = patterns[i];
            if (pattern is MatchStar)
            {
                if (star >= 0) throw Error("multiple starred names in sequence pattern");
                starWildcard = IsStarWildcard(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= IsWildcard(pattern);
        }
        pc.OnTop++;
        AddOp(Op.MATCH_SEQUENCE);
        JumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
        if (star < 0)
        {
            AddOp(Op.GET_LEN);
            LoadConst(new System.Numerics.BigInteger(size));
            AddCompare(CmpOpKind.Eq);
            JumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
        }
        else if (size > 1)
        {
            AddOp(Op.GET_LEN);
            LoadConst(new System.Numerics.BigInteger(size - 1));
            AddCompare(CmpOpKind.GtE);
            JumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
        }
        pc.OnTop--;
        if (onlyWildcard) AddOp(Op.POP_TOP);
        else if (starWildcard) PatternSequenceSubscr(patterns, star, pc);
        else PatternSequenceUnpack(patterns, pc);
    }

    private void CompileMatch(Match s)
    {
        var pc = new PatternContext();
        VisitExpr(s.Subject);
        var end = NewBlock();
        int cases = s.Cases.Length;
        var m = s.Cases[cases - 1];
        bool hasDefault = IsWildcard(m.Pattern) && 1 < cases;
        int last = cases - (hasDefault ? 1 : 0);
        for (int i = 0; i < last; i++)
        {
            m = s.Cases[i];
            SetLoc(m.Pattern);
            if (i != last - 1) AddOpI(Op.COPY, 1);
            pc.Stores = [];
            pc.AllowIrrefutable = m.Guard is not null || i == cases - 1;
            pc.FailPop = [];
            pc.OnTop = 0;
            Pattern(m.Pattern, pc);
            foreach (var name in pc.Stores) NameOp(name, ExprContext.Store);
            if (m.Guard is not null)
            {
                EnsureFailPop(pc, 0);
                JumpIf(m.Guard, pc.FailPop[0], false);
            }
            if (i != last - 1) AddOp(Op.POP_TOP);
            VisitStmts(m.Body);
            // 3.11.2 gives this jump the location of the last statement of the body.
            AddOpJump(Op.JUMP, end);
            SetLoc(m.Pattern);
            EmitAndResetFailPop(pc);
        }
        if (hasDefault)
        {
            m = s.Cases[cases - 1];
            SetLoc(m.Pattern);
            if (cases == 1) AddOp(Op.POP_TOP);
            else AddOp(Op.NOP);
            if (m.Guard is not null) JumpIf(m.Guard, end, false);
            VisitStmts(m.Body);
            UnsetLoc();
        }
        UseNextBlock(end);
    }
}
